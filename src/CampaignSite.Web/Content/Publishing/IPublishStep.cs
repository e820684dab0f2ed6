using CampaignSite.Content.Types;
using CampaignSite.Data;

namespace CampaignSite.Content.Publishing;

/// <summary>
/// Work that must commit or fail with a publish: it runs inside the publish transaction
/// (the search index is one). Registered explicitly by the capability that owns it.
/// </summary>
public interface IPublishStep
{
    /// <param name="published">The published variants by culture, or null when the document was unpublished.</param>
    Task PublishedAsync(CampaignDbContext db, int documentId, IReadOnlyDictionary<string, Document>? published, CancellationToken ct);
}
