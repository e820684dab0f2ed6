using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Data.Changes;

/// <summary>
/// Writes the change log: rows saved with the caller's transaction, just before it commits (so a row's
/// time is close to when it becomes visible), and on PostgreSQL a NOTIFY that is delivered on commit.
/// </summary>
public static class ChangeLog
{
    public const string Channel = "campaign_changes";

    /// <summary>Adds the row; it is saved by the caller's next SaveChanges.</summary>
    public static void Add(CampaignDbContext db, ChangeRecord change, DateTime nowUtc)
    {
        change.AtUtc = nowUtc;
        db.Changes.Add(change);
    }

    /// <summary>Wakes every follower when the current transaction commits (at once outside one); PostgreSQL only, the others poll.</summary>
    public static Task NotifyAsync(CampaignDbContext db, CancellationToken ct) =>
        db.Database.IsNpgsql() ? db.Database.ExecuteSqlRawAsync("NOTIFY " + Channel, ct) : Task.CompletedTask;

    public static string CulturesOf(IEnumerable<string> cultures) => string.Join('|', cultures);
}
