using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// A document's latest version as it will be published, for signed-in editors at its future
/// address and for holders of a preview link: the same projection publishing would write,
/// computed in memory and stored nowhere.
/// </summary>
public sealed class EditorPreview(CampaignDbContext db, TimeProvider clock)
{
    /// <summary>The authorization policy, given the document type's name as resource, that lets an account preview drafts of that type.</summary>
    public const string Policy = "preview-drafts";

    public async Task<(PublishedEntry Entry, Document Document, int Version)?> GetAsync(string culture, DocumentType type, string slug, CancellationToken ct = default)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Type == type.Name && d.Slug == slug && d.DeletedUtc == null, ct);
        return record is null ? null : await GetAsync(culture, type, record, ct);
    }

    /// <summary>The latest version of a document already found, as it would be published in the culture.</summary>
    public async Task<(PublishedEntry Entry, Document Document, int Version)> GetAsync(string culture, DocumentType type, DocumentRecord record, CancellationToken ct = default)
    {
        var version = await db.LatestVersionAsync(record.Id, ct);
        var variants = DocumentJson.DeserializeVariants(version.Fields, type);
        var entry = PublishedProjection.Rows(record, version.Id, variants, clock.GetUtcNow().UtcDateTime).First(e => e.Culture == culture);
        return (entry, DocumentJson.Deserialize(entry.Fields, type), version.Number);
    }
}
