using System.Collections;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CampaignSite.Search.Index;

/// <summary>The fields of the index: weighted text, whole names, pinyin, and what filters, facets and sorting read.</summary>
public static class SearchFields
{
    public const string Id = "id";
    /// <summary>Everything a reader sees of the document (title, tags, summary, body, labels): what must match.</summary>
    public const string Text = "text";
    /// <summary>The titles again: a match there ranks higher, and titles complete the search box.</summary>
    public const string Title = "title";
    /// <summary>Titles, tags and hashtags kept whole (folded), so a query naming one ranks its documents first.</summary>
    public const string Names = "names";
    /// <summary>"songjin\u001f宋锦": a Chinese name's pinyin, then the name, for suggestions.</summary>
    public const string Pinyin = "pinyin";
    public const string Type = "type", Province = "province", Facet = "facet", Task = "task", Featured = "featured";
    public const char PinyinSeparator = '\u001f';

    public static string TagOf(string culture) => "tag." + culture;
    public static string PublishedOf(string culture) => "published." + culture;

    /// <summary>How much more a match in a title counts than one elsewhere (tags count through <see cref="Names"/>).</summary>
    public const float TitleBoost = 9;
}

/// <summary>
/// One document of the index per published document: the text of every culture it is published in
/// (an English word on the Chinese site still finds its page), and the facts of its published rows.
/// </summary>
public static class SearchDocument
{
    /// <param name="rows">The document's published rows, every culture (a fallback row brings only its tags and date).</param>
    public static LuceneDocument Build(int documentId, IReadOnlyList<PublishedEntry> rows)
    {
        var d = new LuceneDocument { new StringField(SearchFields.Id, documentId.ToString(), Field.Store.YES) };
        var first = rows[0];
        Keyword(d, SearchFields.Type, first.Type);
        if (first.Province is { } province) Keyword(d, SearchFields.Province, province);
        if (first.Facet is { } facet) Keyword(d, SearchFields.Facet, facet);
        d.Add(new StringField(SearchFields.Featured, first.Featured ? "1" : "0", Field.Store.NO));
        foreach (var task in first.Tasks.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            d.Add(new StringField(SearchFields.Task, task, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(SearchFields.Task, new BytesRef(task)));
        }
        var names = new HashSet<string>();
        foreach (var row in rows)
        {
            foreach (var tag in row.Tags.Split('|', StringSplitOptions.RemoveEmptyEntries))
                d.Add(new StringField(SearchFields.TagOf(row.Culture), tag, Field.Store.NO));
            d.Add(new NumericDocValuesField(SearchFields.PublishedOf(row.Culture), row.PublishedUtc.Ticks));
            if (row.IsFallback) continue;
            var doc = DocumentJson.Deserialize(row.Fields, DocumentTypes.Find(row.Type)!);
            // One text field holds it all, so that a word costs one postings list to match, not five.
            var tags = doc.Tags.Concat(doc.Syndication.Hashtags).ToList();
            Text(d, SearchFields.Title, doc.Title);
            foreach (var text in new[] { doc.Title, string.Join(' ', tags), doc.Summary, MarkdownRenderer.ToPlainText(doc.Body), string.Join(' ', Extra(doc, row.Culture)) })
                Text(d, SearchFields.Text, text);
            foreach (var name in tags.Prepend(doc.Title))
            {
                var folded = SearchAnalyzer.Fold(name);
                if (folded.Length is 0 or > 60 || !names.Add(folded)) continue;
                d.Add(new StringField(SearchFields.Names, folded, Field.Store.NO));
                foreach (var reading in Analysis.Pinyin.Readings(name))
                    d.Add(new StringField(SearchFields.Pinyin, reading + SearchFields.PinyinSeparator + name.Trim(), Field.Store.NO));
            }
        }
        return d;
    }

    static void Keyword(LuceneDocument d, string field, string value)
    {
        d.Add(new StringField(field, value, Field.Store.NO));
        d.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    static void Text(LuceneDocument d, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) d.Add(new TextField(field, text, Field.Store.NO));
    }

    /// <summary>What a reader sees around the text: the type, task areas, region, choices and the type's own short fields.</summary>
    static List<string> Extra(Content.Types.Document doc, string culture)
    {
        var type = DocumentTypes.Get(doc.GetType());
        var extra = new List<string> { type.LabelZh, type.LabelEn };
        extra.AddRange(doc.Tasks.Select(t => ChoiceLabels.Label(t, culture)));
        if (doc.Region is { } region) extra.AddRange([Provinces.Name(region.Province, Cultures.Chinese), Provinces.Name(region.Province, Cultures.English), region.City ?? ""]);
        foreach (var field in type.OwnFields.Where(f => f.Kind is not (FieldKind.Media or FieldKind.Reference or FieldKind.Url)))
        {
            switch (field.Property.GetValue(doc))
            {
                case string s: extra.Add(s); break;
                case Enum e: extra.Add(ChoiceLabels.Label(e, Cultures.Chinese)); extra.Add(ChoiceLabels.Label(e, Cultures.English)); break;
                case IEnumerable list and not string: extra.AddRange(list.OfType<string>()); break;
            }
        }
        return extra;
    }
}
