using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;

namespace CampaignSite.Content.Publishing;

/// <summary>Derives the published rows of a version: one per culture, English falling back to Chinese.</summary>
public static class PublishedProjection
{
    public static IEnumerable<PublishedEntry> Rows(DocumentRecord record, int versionId, IReadOnlyDictionary<string, Document> variants, DateTime nowUtc)
    {
        var chinese = variants[Cultures.Chinese];
        var facet = DocumentTypes.Get(chinese.GetType()).Facet;
        foreach (var culture in Cultures.All)
        {
            var fallback = !variants.TryGetValue(culture, out var doc);
            doc ??= chinese;
            yield return new PublishedEntry
            {
                DocumentId = record.Id, Culture = culture, VersionId = versionId, Type = record.Type, Slug = record.Slug,
                Title = doc.Title, Summary = doc.Summary, PublishedUtc = doc.Published.UtcDateTime,
                Featured = doc.Featured, IsFallback = fallback, InFeeds = doc.Syndication.Feeds,
                Province = doc.Region?.Province, Tasks = Bars(doc.Tasks.Select(t => ChoiceLabels.Id(t))), Tags = Bars(doc.Tags),
                Facet = facet?.Property.GetValue(doc) is Enum e ? ChoiceLabels.Id(e) : null,
                Cover = doc.Cover, CoverAlt = doc.CoverAlt, UpdatedUtc = nowUtc, Fields = DocumentJson.Serialize(doc),
            };
        }
    }

    /// <summary>Writes values as |a|b| so that Contains("|a|") finds one exactly.</summary>
    public static string Bars(IEnumerable<string> values)
    {
        var joined = string.Join('|', values);
        return joined.Length == 0 ? "" : $"|{joined}|";
    }
}
