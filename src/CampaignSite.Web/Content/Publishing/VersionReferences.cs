using CampaignSite.Content.Fields;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Publishing;

/// <summary>
/// The references table: what each saved version refers to, written in the transaction that saves
/// it and kept for every document's latest and published versions (a draft's files are in use too).
/// </summary>
public static class VersionReferences
{
    public static string Name(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Document => ReferenceRecord.Kinds.Document,
        ReferenceKind.Media => ReferenceRecord.Kinds.Media,
        _ => ReferenceRecord.Kinds.Url,
    };

    public static IEnumerable<ReferenceRecord> Rows(int documentId, int versionId, DocumentType type, IEnumerable<Document> variants) =>
        variants.SelectMany(type.References).DistinctBy(r => (r.Kind, r.Target))
            .Select(r => new ReferenceRecord { DocumentId = documentId, VersionId = versionId, Kind = Name(r.Kind), Target = r.Target, Field = r.Field });

    /// <summary>Adds the rows of a new version and drops those of versions that are now neither latest nor published.</summary>
    public static async Task WriteAsync(CampaignDbContext db, DocumentRecord record, int versionId, DocumentType type, IEnumerable<Document> variants, CancellationToken ct)
    {
        await db.References.Where(r => r.DocumentId == record.Id && r.VersionId != versionId && r.VersionId != record.PublishedVersionId).ExecuteDeleteAsync(ct);
        db.References.AddRange(Rows(record.Id, versionId, type, variants));
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Fills the references table, once per database, for versions saved before it existed.</summary>
public sealed class ReferencesBackfill(IServiceProvider services, TimeProvider clock) : IHostedService
{
    const string Step = "references-backfill";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        if (await db.DataSteps.AnyAsync(s => s.Name == Step, ct)) return;
        // A database with rows already was filled by the code that writes them (or by this step before it was recorded).
        if (!await db.References.AnyAsync(ct))
        {
            var versions = await (from d in db.Documents
                                  join v in db.Versions on d.Id equals v.DocumentId
                                  where v.Number == d.LatestVersion || v.Id == d.PublishedVersionId
                                  select new { d.Type, d.Id, VersionId = v.Id, v.Fields }).AsNoTracking().ToListAsync(ct);
            foreach (var v in versions)
                if (DocumentTypes.Find(v.Type) is { } type)
                    db.References.AddRange(VersionReferences.Rows(v.Id, v.VersionId, type, DocumentJson.DeserializeVariants(v.Fields, type).Values));
        }
        db.DataSteps.Add(new DataStepRecord { Name = Step, DoneUtc = clock.GetUtcNow().UtcDateTime });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment recorded the step first; its rows stand and these roll back.
            if (!await db.DataSteps.AsNoTracking().AnyAsync(s => s.Name == Step, ct)) throw;
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
