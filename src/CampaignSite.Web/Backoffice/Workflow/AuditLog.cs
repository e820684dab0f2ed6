using CampaignSite.Data;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>Writes who did what, when. Entries join the caller's transaction when there is one.</summary>
public sealed class AuditLog(CampaignDbContext db, TimeProvider clock)
{
    public async Task WriteAsync(string user, string action, int? documentId, string detail, CancellationToken ct = default)
    {
        db.Audit.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, User = Cut(user, 256), Action = action, DocumentId = documentId, Detail = Cut(detail, 1000),
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
