using CampaignSite.Content.Markdown;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Search;

public sealed record SearchRequest(string? Q, string Culture, ListFilter Filter, bool SortByDate, int Page, int PageSize);

/// <summary>A result as pages and the API show it; Title and Snippet are HTML with &lt;mark&gt; around matches.</summary>
public sealed record SearchItem(string Type, string Slug, string Path, string Title, string Snippet, double Score, DateTime PublishedUtc, bool IsFallback);

public sealed record SearchResult(SearchQuery Query, int Total, int Page, int PageSize, IReadOnlyList<SearchItem> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, string? Hint)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Runs a search: parse the query by our rules, match in the index, filter and count facets over
/// the best <see cref="MatchLimit"/> matches, then build highlighted snippets for one page.
/// </summary>
public sealed class SearchService(CampaignDbContext db, ISearchIndex index)
{
    public const int MatchLimit = 5000;

    // Searches answered and their total time, for /metrics (mean latency = rate of time / rate of searches).
    static long searches, microseconds;
    static readonly System.Diagnostics.Metrics.Meter Meter = new(SiteMeter.Name);
    static readonly System.Diagnostics.Metrics.ObservableCounter<long> Searches =
        Meter.CreateObservableCounter("searches", () => Interlocked.Read(ref searches), description: "Searches answered");
    static readonly System.Diagnostics.Metrics.ObservableCounter<double> SearchSeconds =
        Meter.CreateObservableCounter("search.seconds", () => Interlocked.Read(ref microseconds) / 1e6, unit: "s", description: "Time spent answering searches, filters and facets included");

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var en = request.Culture == Cultures.English;
        var query = SearchQuery.Parse(request.Q);
        var empty = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        if (query.IsEmpty)
        {
            var hint = string.IsNullOrWhiteSpace(request.Q)
                ? (en ? "Type a word to search for, for example brocade or Suzhou." : "请输入要搜索的词，例如：苏绣、云锦。")
                : (en ? "Add a word to search for; words starting with - only exclude." : "请输入要搜索的词；以 - 开头的词只用于排除。");
            return new SearchResult(query, 0, 1, request.PageSize, [], empty, hint);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = await index.MatchAsync(db, query, request.Culture, MatchLimit, ct);
        var f = request.Filter;
        var filtered = Kept(hits, f).ToList();
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            // The type-specific facet means nothing across types, so the type counts ignore it too.
            ["type"] = Count(Kept(hits, f with { Type = null, Facet = null }), h => [h.Type]),
            ["task"] = Count(Kept(hits, f with { Task = null }), h => h.Tasks.Split('|', StringSplitOptions.RemoveEmptyEntries)),
            ["region"] = Count(Kept(hits, f with { Province = null }), h => h.Province is null ? [] : [h.Province]),
        };
        if (f.Type is not null)
            facets["facet"] = Count(Kept(hits, f with { Facet = null }), h => h.Facet is null ? [] : [h.Facet]);

        var ordered = request.SortByDate ? filtered.OrderByDescending(h => h.PublishedUtc).ToList() : filtered;
        var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var items = await ItemsAsync(page, query, request.Culture, ct);

        var hints = new List<string>();
        if (query.Truncated) hints.Add(en ? $"Your query was long; only its first {SearchQuery.MaxLength} characters or {SearchQuery.MaxTerms} words were searched." : $"查询过长，只搜索了前 {SearchQuery.MaxLength} 个字符或 {SearchQuery.MaxTerms} 个词。");
        if (filtered.Count == 0) hints.Add(en ? "Nothing found. Try fewer or shorter words, or remove a filter." : "没有找到结果。可以减少或缩短关键词，或去掉筛选条件。");
        Interlocked.Increment(ref searches);
        Interlocked.Add(ref microseconds, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        return new SearchResult(query, filtered.Count, request.Page, request.PageSize, items, facets, hints.Count == 0 ? null : string.Join(' ', hints));
    }

    /// <summary>Titles for typeahead: the last word typed is a prefix, the words before it must match.</summary>
    public async Task<List<(string Title, string Path)>> SuggestAsync(string? q, string culture, CancellationToken ct = default)
    {
        var tokens = Analyzer.Tokens(q);
        if (tokens.Count == 0 || (q?.Length ?? 0) > SearchQuery.MaxLength) return [];
        var last = tokens[^1].Text;
        var rest = SearchQuery.Parse(string.Join(' ', tokens.SkipLast(1).Select(t => t.Text)));
        var ids = await index.PrefixAsync(db, last, rest, 8, ct);
        var rows = await db.Published.AsNoTracking().Where(p => p.Culture == culture && ids.Contains(p.DocumentId))
            .Select(p => new { p.DocumentId, p.Title, p.Type, p.Slug }).ToDictionaryAsync(r => r.DocumentId, ct);
        return ids.Where(rows.ContainsKey).Select(id => (rows[id].Title, PublicUrls.Detail(rows[id].Type, rows[id].Slug))).ToList();
    }

    async Task<List<SearchItem>> ItemsAsync(List<SearchHit> page, SearchQuery query, string culture, CancellationToken ct)
    {
        var ids = page.Select(h => h.DocumentId).ToList();
        var rows = await db.Published.AsNoTracking().Where(p => p.Culture == culture && ids.Contains(p.DocumentId)).ToDictionaryAsync(p => p.DocumentId, ct);
        return page.Where(h => rows.ContainsKey(h.DocumentId)).Select(h =>
        {
            var row = rows[h.DocumentId];
            var doc = DocumentJson.Deserialize(row.Fields, DocumentTypes.Find(row.Type)!);
            var summaryHit = Highlighter.Snippet(doc.Summary, query);
            var text = summaryHit.Contains("<mark>") ? doc.Summary : MarkdownRenderer.ToPlainText(doc.Body);
            var snippet = text == doc.Summary ? summaryHit : Highlighter.Snippet(text, query);
            if (!snippet.Contains("<mark>")) snippet = summaryHit;
            return new SearchItem(row.Type, row.Slug, PublicUrls.Detail(row.Type, row.Slug), Highlighter.Mark(row.Title, query), snippet,
                Math.Round(h.Score, 4), row.PublishedUtc, row.IsFallback);
        }).ToList();
    }

    static IEnumerable<SearchHit> Kept(IEnumerable<SearchHit> hits, ListFilter f) => hits.Where(f.Keeps<SearchHit>().Compile());

    static Dictionary<string, int> Count(IEnumerable<SearchHit> hits, Func<SearchHit, IEnumerable<string>> keys) =>
        hits.SelectMany(keys).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}
