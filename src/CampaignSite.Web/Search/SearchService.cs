using CampaignSite.Content.Delivery;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Search.Analysis;
using CampaignSite.Search.Index;
using CampaignSite.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Search;

public sealed record SearchRequest(string? Q, string Culture, ListFilter Filter, bool SortByDate, int Page, int PageSize);

/// <summary>A result as pages and the API show it; Title and Snippet are HTML with &lt;mark&gt; around matches.</summary>
public sealed record SearchItem(string Type, string Slug, string Path, string Title, string Snippet, double Score, DateTime PublishedUtc, bool IsFallback);

/// <param name="Unavailable">This node has no index to answer from yet (it is being rebuilt): say so, and to try again.</param>
public sealed record SearchResult(SearchQuery Query, int Total, int Page, int PageSize, IReadOnlyList<SearchItem> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, string? Hint, bool Unavailable = false)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Runs a search: parse the query by our rules, match it in this node's index with the filter,
/// count facets over every match, and build highlighted snippets for one page from the published rows.
/// A query whose words find almost nothing is tried again with typo tolerance for its longer Latin words.
/// </summary>
public sealed class SearchService(CampaignDbContext db, SearchIndex index)
{
    /// <summary>Fewer exact matches than this, and typo tolerance is tried.</summary>
    const int Few = 3;

    // Searches answered and their total time, for /metrics (mean latency = rate of time / rate of searches).
    static long searches, microseconds;
    static readonly System.Diagnostics.Metrics.Meter Meter = new(SiteMeter.Name);
    static readonly System.Diagnostics.Metrics.ObservableCounter<long> Searches =
        Meter.CreateObservableCounter("searches", () => Interlocked.Read(ref searches), description: "Searches answered");
    static readonly System.Diagnostics.Metrics.ObservableCounter<double> SearchSeconds =
        Meter.CreateObservableCounter("search.seconds", () => Interlocked.Read(ref microseconds) / 1e6, unit: "s", description: "Time spent answering searches, filters and facets included");

    sealed record Matches(int Total, List<(int DocumentId, float Score)> Page, Dictionary<string, IReadOnlyDictionary<string, int>> Facets, HashSet<string> Words);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var en = request.Culture == Cultures.English;
        var query = SearchQuery.Parse(request.Q);
        if (query.IsEmpty)
        {
            var hint = string.IsNullOrWhiteSpace(request.Q)
                ? (en ? "Type a word to search for, for example brocade or Suzhou." : "请输入要搜索的词，例如：苏绣、云锦。")
                : (en ? "Add a word to search for; words starting with - only exclude." : "请输入要搜索的词；以 - 开头的词只用于排除。");
            return new SearchResult(query, 0, 1, request.PageSize, [], new Dictionary<string, IReadOnlyDictionary<string, int>>(), hint);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Matches found;
        var fuzzy = false;
        List<string>? pinyinNames = null;
        try
        {
            found = index.Search(s => Run(s, LuceneQueries.Build(query, false), request));
            if (found.Total < Few && LuceneQueries.HasFuzzyWords(query))
            {
                var wider = index.Search(s => Run(s, LuceneQueries.Build(query, true), request, words: true));
                if (wider.Total > found.Total) (found, fuzzy) = (wider, true);
            }
            // Pinyin typed before the input method picked characters: search the names read that way.
            if (found.Total < Few && Pinyin.Looks(request.Q!) && Pinyin.Letters(request.Q!) is { Length: >= 2 } letters
                && index.Search(s => Names(s, letters + SearchFields.PinyinSeparator, 3)) is { Count: > 0 } names)
            {
                var asNames = SearchQuery.Parse(string.Join(" OR ", names.Select(n => "\"" + n.Replace("\"", " ") + "\"")));
                var viaPinyin = index.Search(s => Run(s, LuceneQueries.Build(asNames, false), request));
                if (viaPinyin.Total > found.Total) (found, query, pinyinNames) = (viaPinyin, asNames, names);
            }
        }
        catch (SearchUnavailableException)
        {
            var message = en ? "Search is being rebuilt on this server; try again in a minute." : "本服务器正在重建搜索索引，请稍后再试。";
            return new SearchResult(query, 0, request.Page, request.PageSize, [], new Dictionary<string, IReadOnlyDictionary<string, int>>(), message, Unavailable: true);
        }
        var items = await ItemsAsync(found.Page, query, found.Words, request.Culture, ct);

        var hints = new List<string>();
        if (query.Truncated) hints.Add(en ? $"Your query was long; only its first {SearchQuery.MaxLength} characters or {SearchQuery.MaxTerms} words were searched." : $"查询过长，只搜索了前 {SearchQuery.MaxLength} 个字符或 {SearchQuery.MaxTerms} 个词。");
        if (pinyinNames is not null) hints.Add(en ? $"Showing results for {string.Join(", ", pinyinNames)}, read from the pinyin you typed." : $"已按拼音显示“{string.Join("、", pinyinNames)}”的结果。");
        if (fuzzy) hints.Add(en ? "Few pages had those exact words; these have words close to them." : "完全匹配的结果很少，以下结果含有相近的词。");
        if (found.Total == 0) hints.Add(en ? "Nothing found. Try fewer or shorter words, or remove a filter." : "没有找到结果。可以减少或缩短关键词，或去掉筛选条件。");
        Interlocked.Increment(ref searches);
        Interlocked.Add(ref microseconds, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        return new SearchResult(query, found.Total, request.Page, request.PageSize, items, found.Facets, hints.Count == 0 ? null : string.Join(' ', hints));
    }

    static Matches Run(IndexSearcher searcher, Query query, SearchRequest request, bool words = false)
    {
        if (LuceneQueries.AlwaysFilter(request.Filter, request.Culture) is { } always) query = new FilteredQuery(query, new QueryWrapperFilter(always));
        var wanted = Math.Max(1, request.Page * request.PageSize);
        ITopDocsCollector top = request.SortByDate
            ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.PublishedOf(request.Culture), SortFieldType.INT64, true)), wanted, false, true, false, false)
            : TopScoreDocCollector.Create(wanted, true);
        var collector = new FacetCollector((ICollector)top, request.Filter);
        searcher.Search(query, collector);
        var page = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize).ScoreDocs
            .Select(d => (int.Parse(searcher.Doc(d.Doc, Fields).Get(SearchFields.Id)), float.IsNaN(d.Score) ? 0 : d.Score)).ToList();
        // The words a misspelt query matched, to mark them in the snippets.
        var matched = new HashSet<string>();
        if (words)
        {
            var terms = new HashSet<Lucene.Net.Index.Term>();
            searcher.Rewrite(query).ExtractTerms(terms);
            foreach (var t in terms) if (t.Field == SearchFields.Text) matched.Add(t.Text);
        }
        return new Matches(collector.Total, page, collector.Facets(), matched);
    }

    static readonly ISet<string> Fields = new HashSet<string> { SearchFields.Id };

    /// <summary>Completions for the search box: names typed in pinyin (songjin → 宋锦), then titles with a word starting with what was typed.</summary>
    public async Task<List<(string Title, string Path)>> SuggestAsync(string? q, string culture, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > SearchQuery.MaxLength) return [];
        var tokens = SearchAnalyzer.Tokens(q);
        if (tokens.Count == 0) return [];
        var rest = SearchQuery.Parse(string.Join(' ', tokens.SkipLast(1)));
        List<string> names;
        List<int> ids;
        try
        {
            names = Pinyin.Looks(q) && Pinyin.Letters(q) is { Length: >= 2 } letters ? index.Search(s => Names(s, letters, 5)) : [];
            ids = index.Search(s => s.Search(LuceneQueries.Prefix(tokens[^1], rest), 8).ScoreDocs.Select(d => int.Parse(s.Doc(d.Doc, Fields).Get(SearchFields.Id))).ToList());
        }
        catch (SearchUnavailableException) { return []; }
        var rows = await db.Published.AsNoTracking().Where(p => p.Culture == culture && ids.Contains(p.DocumentId))
            .Select(p => new { p.DocumentId, p.Title, p.Type, p.Slug }).ToDictionaryAsync(r => r.DocumentId, ct);
        var prefix = culture == Cultures.English ? "/en" : "";
        return names.Select(n => (n, $"{prefix}/search?q={Uri.EscapeDataString(n)}"))
            .Concat(ids.Where(rows.ContainsKey).Select(id => (rows[id].Title, PublicUrls.Detail(rows[id].Type, rows[id].Slug))))
            .DistinctBy(s => s.Item1).Take(8).ToList();
    }

    /// <summary>The names whose pinyin starts with <paramref name="letters"/>, those most documents carry first.</summary>
    static List<string> Names(IndexSearcher searcher, string letters, int limit)
    {
        var found = new Dictionary<string, int>();
        var terms = MultiFields.GetTerms(searcher.IndexReader, SearchFields.Pinyin);
        if (terms is null) return [];
        var e = terms.GetEnumerator();
        var prefix = new BytesRef(letters);
        if (e.SeekCeil(prefix) == TermsEnum.SeekStatus.END) return [];
        var seen = 0;
        do
        {
            if (!StringHelper.StartsWith(e.Term, prefix) || ++seen > 500) break;
            var text = e.Term.Utf8ToString();
            var name = text[(text.IndexOf(SearchFields.PinyinSeparator) + 1)..];
            // Counted on live documents: a term can outlive the documents that carried it until segments merge.
            var live = new TotalHitCountCollector();
            searcher.Search(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Pinyin, text)), live);
            if (live.TotalHits > 0) found[name] = Math.Max(found.GetValueOrDefault(name), live.TotalHits);
        } while (e.MoveNext());
        return found.OrderByDescending(n => n.Value).ThenBy(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal).Take(limit).Select(n => n.Key).ToList();
    }

    async Task<List<SearchItem>> ItemsAsync(List<(int DocumentId, float Score)> page, SearchQuery query, HashSet<string> words, string culture, CancellationToken ct)
    {
        var ids = page.Select(h => h.DocumentId).ToList();
        var rows = await db.Published.AsNoTracking().Where(p => p.Culture == culture && ids.Contains(p.DocumentId)).ToDictionaryAsync(p => p.DocumentId, ct);
        return page.Where(h => rows.ContainsKey(h.DocumentId)).Select(h =>
        {
            var row = rows[h.DocumentId];
            // The summary is in the row; the body is read (JSON, Markdown) only when the summary has no match.
            var snippet = Highlighter.Snippet(row.Summary, query, words);
            if (!snippet.Contains("<mark>"))
            {
                var body = MarkdownRenderer.ToPlainText(DocumentJson.Deserialize(row.Fields, DocumentTypes.Find(row.Type)!).Body);
                var bodyHit = Highlighter.Snippet(body, query, words);
                if (bodyHit.Contains("<mark>")) snippet = bodyHit;
            }
            return new SearchItem(row.Type, row.Slug, PublicUrls.Detail(row.Type, row.Slug), Highlighter.Mark(row.Title, query, words),
                snippet, Math.Round(h.Score, 4), row.PublishedUtc, row.IsFallback);
        }).ToList();
    }
}
