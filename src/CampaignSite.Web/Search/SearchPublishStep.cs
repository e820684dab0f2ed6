using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Data;

namespace CampaignSite.Search;

/// <summary>Keeps the index in step with publishing, in the same transaction: it can never drift.</summary>
public sealed class SearchPublishStep(ISearchIndex index) : IPublishStep
{
    public Task PublishedAsync(CampaignDbContext db, int documentId, IReadOnlyDictionary<string, Document>? published, CancellationToken ct) =>
        index.ReplaceAsync(db, documentId, published is null ? [] : Rows(documentId, published), ct);

    /// <summary>
    /// One row per variant. Every search looks at both cultures' rows, so a culture without its own
    /// variant is found through the Chinese row, as its page falls back to Chinese.
    /// </summary>
    public static List<SearchRow> Rows(int documentId, IReadOnlyDictionary<string, Document> variants) =>
        Cultures.All.Where(variants.ContainsKey).Select(c => SearchRow.From(documentId, c, variants[c])).ToList();
}
