using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignSite.Content.Publishing;

/// <summary>
/// The unit of work of one editorial action (a save, a publish, a delete, an import batch, a schedule
/// run): one transaction on the request's database context that the change, its audit line and its
/// change-log rows all commit in. Units nest: an inner one joins the outer, and only the outermost
/// commits. After the commit this process applies the change at once (its editor sees it); every
/// other process follows the log.
/// </summary>
public sealed class ContentScope(CampaignDbContext db, ChangeFollower follower, TimeProvider clock)
{
    IDbContextTransaction? transaction;
    int depth;
    bool doomed;
    readonly List<ChangeRecord> changes = [];

    public async Task<Unit> BeginAsync(CancellationToken ct = default)
    {
        if (depth == 0)
        {
            transaction = await db.Database.BeginTransactionAsync(ct);
            (doomed, depth) = (false, 0);
            changes.Clear();
        }
        depth++;
        return new Unit(this);
    }

    /// <summary>Records a change readers will see; its log row is written just before the commit.</summary>
    public void Changed(ChangeRecord change)
    {
        if (depth == 0) throw new InvalidOperationException("A change is recorded inside a unit of work.");
        changes.Add(change);
    }

    async Task CompleteAsync(CancellationToken ct)
    {
        if (depth > 1) return;
        if (doomed) throw new InvalidOperationException("A step inside this unit of work did not complete; nothing is committed.");
        var logged = changes.Count > 0;
        if (logged)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var change in changes) ChangeLog.Add(db, change, now);
            await db.SaveChangesAsync(ct);
            await ChangeLog.NotifyAsync(db, ct);
        }
        await transaction!.CommitAsync(ct);
        await EndAsync();
        if (logged) await follower.CatchUpAfterCommitAsync(ct);
    }

    async ValueTask LeaveAsync(bool completed)
    {
        if (depth == 0) return;
        if (!completed) doomed = true;
        if (--depth == 0 && transaction is not null) await EndAsync(); // not completed: rolled back
    }

    async Task EndAsync()
    {
        if (transaction is not null) await transaction.DisposeAsync();
        (transaction, depth) = (null, 0);
        changes.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>One level of the unit: complete it to commit (when outermost); dispose without completing to roll everything back.</summary>
    public sealed class Unit(ContentScope scope) : IAsyncDisposable
    {
        bool completed, left;

        public async Task CompleteAsync(CancellationToken ct = default)
        {
            var outermost = scope.depth == 1;
            await scope.CompleteAsync(ct);
            completed = true;
            if (outermost) left = true; // the commit ended the unit
            else await DisposeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (left) return;
            left = true;
            await scope.LeaveAsync(completed);
        }
    }
}
