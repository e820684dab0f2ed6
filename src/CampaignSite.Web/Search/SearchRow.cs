using System.Collections;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Types;
using CampaignSite.Data;

namespace CampaignSite.Search;

/// <summary>The analysed text of one document in one culture, by weighted column.</summary>
public sealed record SearchRow(int DocumentId, string Culture, string Title, string Tags, string Summary, string Body, string Extra)
{
    /// <summary>Builds the row from a published document: the same fields readers see on its page.</summary>
    public static SearchRow From(int documentId, string culture, Document doc)
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
        return new SearchRow(documentId, culture,
            Analyzer.IndexText(doc.Title), Analyzer.IndexText(string.Join(' ', doc.Tags.Concat(doc.Syndication.Hashtags))),
            Analyzer.IndexText(doc.Summary), Analyzer.IndexText(MarkdownRenderer.ToPlainText(doc.Body)), Analyzer.IndexText(string.Join(' ', extra)));
    }
}

/// <summary>One match with what filters and facets need, best first by Score.</summary>
public sealed record SearchHit(int DocumentId, string Type, string? Province, string? Facet, string Tasks, bool Featured, DateTime PublishedUtc, double Score, string Tags) : IListedRow;
