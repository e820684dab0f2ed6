using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Data.Changes;

/// <summary>Removes change-log rows older than Retention, on the one node that holds the cleanup lease, hourly.</summary>
public sealed class ChangeCleanup(IServiceScopeFactory scopes, IOptions<ChangeOptions> options, TimeProvider clock, ILogger<ChangeCleanup> logger) : BackgroundService
{
    public const string LeaseName = "changes-cleanup";
    static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try { await CleanAsync(ct); }
            catch (Exception e) when (!ct.IsCancellationRequested) { logger.LogWarning(e, "Cleaning the change log failed; it is tried again in an hour"); }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    /// <summary>Deletes the old rows if this node holds the lease; returns how many.</summary>
    public async Task<int> CleanAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await Lease.TryTakeAsync(db, LeaseName, holder, Interval * 2, now, ct)) return 0;
        var before = now - options.Value.Retention;
        return await db.Changes.Where(c => c.AtUtc < before).ExecuteDeleteAsync(ct);
    }
}
