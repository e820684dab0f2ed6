using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Publishing;

/// <summary>A document's latest version: what editors last saved, published or not. The one place it is looked up.</summary>
public static class LatestVersions
{
    /// <summary>The latest version of every document.</summary>
    public static IQueryable<DocumentVersion> Latest(this CampaignDbContext db) =>
        from d in db.Documents
        join v in db.Versions on d.Id equals v.DocumentId
        where v.Number == d.LatestVersion
        select v;

    public static Task<DocumentVersion> LatestVersionAsync(this CampaignDbContext db, int documentId, CancellationToken ct = default) =>
        db.Latest().AsNoTracking().FirstAsync(v => v.DocumentId == documentId, ct);

    /// <summary>The latest version of a document, culture by culture.</summary>
    public static async Task<Dictionary<string, Document>> LatestVariantsAsync(this CampaignDbContext db, DocumentType type, int documentId, CancellationToken ct = default) =>
        DocumentJson.DeserializeVariants((await db.LatestVersionAsync(documentId, ct)).Fields, type);
}
