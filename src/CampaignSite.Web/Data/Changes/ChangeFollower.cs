using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Data.Changes;

/// <summary>Where a process stands in the change log, for /healthz.</summary>
public sealed record FollowerState(long Cursor, DateTime? LastReadUtc, string? LastError, long Reads);

/// <summary>
/// Follows the change log in every process that serves the site: reads the rows past its cursor
/// every PollInterval (sooner when woken by a NOTIFY or by this process's own commit) and hands
/// them to the handlers. Ids can commit out of order on PostgreSQL, so each read also goes back
/// over the rows of the last <see cref="Window"/>; a row already applied is skipped, and applying one
/// twice would be harmless anyway. The window is reckoned by the rows' commit-time stamps, so the
/// nodes' clocks should agree to well within it (NTP does). A process that starts, or was away
/// longer than the log keeps rows, starts at the head with nothing derived.
/// </summary>
public sealed class ChangeFollower(IServiceScopeFactory scopes, IEnumerable<IChangeHandler> handlers, IOptions<ChangeOptions> options,
    TimeProvider clock, ILogger<ChangeFollower> logger) : BackgroundService
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    readonly SemaphoreSlim gate = new(1, 1);
    readonly SemaphoreSlim wake = new(0, 1);
    readonly Dictionary<long, DateTime> recent = [];
    long cursor = -1;
    DateTime? lastReadUtc;
    string? lastError;

    long reads;

    public override void Dispose()
    {
        meter.Dispose();
        base.Dispose();
    }

    public FollowerState State => new(cursor, lastReadUtc, lastError, Interlocked.Read(ref reads));

    /// <summary>Reads the log now instead of at the next poll (a NOTIFY arrived).</summary>
    public void Wake()
    {
        try { wake.Release(); } catch (SemaphoreFullException) { } // already woken
    }

    readonly System.Diagnostics.Metrics.Meter meter = new(SiteMeter.Name);

    /// <summary>Takes its place at the head of the log before the site answers, so the first poll has a cursor.</summary>
    public override async Task StartAsync(CancellationToken ct)
    {
        meter.CreateObservableGauge("changes.seconds_since_read", () => lastReadUtc is { } read ? (clock.GetUtcNow().UtcDateTime - read).TotalSeconds : -1,
            unit: "s", description: "Seconds since this process last read the change log");
        meter.CreateObservableGauge("changes.cursor", () => Interlocked.Read(ref cursor), description: "The last change-log id this process applied");
        try { await CatchUpAsync(ct); }
        catch (Exception e) when (e is not OperationCanceledException) { lastError = e.Message; }
        await base.StartAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try { await CatchUpAsync(ct); }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                if (lastError is null) logger.LogWarning(e, "Reading the change log failed; caches may be stale until it can be read again");
                lastError = e.Message;
            }
            try { await wake.WaitAsync(options.Value.PollInterval, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>
    /// After this process committed a change: applies it now, so its editor sees it at once. The
    /// change is committed already, so a failure here is left to the next poll, never to the caller.
    /// </summary>
    public async Task CatchUpAfterCommitAsync(CancellationToken ct)
    {
        try { await CatchUpAsync(ct); }
        catch (Exception e) when (e is not OperationCanceledException) { lastError = e.Message; }
    }

    /// <summary>Applies every change committed since the last read. The committing process calls it after its own commit, so its editor sees the change at once.</summary>
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var since = now - Window;
            if (cursor < 0 || lastReadUtc < now - options.Value.Retention)
            {
                var away = cursor >= 0;
                var head = await db.Changes.MaxAsync(c => (long?)c.Id, ct) ?? 0;
                var inWindow = await db.Changes.AsNoTracking().Where(c => c.AtUtc >= since).Select(c => new { c.Id, c.AtUtc }).ToListAsync(ct);
                recent.Clear();
                foreach (var r in inWindow) recent[r.Id] = r.AtUtc;
                if (away)
                {
                    logger.LogWarning("This process read no change for longer than the log keeps them; everything it derived is dropped");
                    foreach (var handler in handlers) await handler.ResetAsync(ct);
                }
                cursor = head;
            }
            else
            {
                var rows = await db.Changes.AsNoTracking().Where(c => c.Id > cursor || c.AtUtc >= since).OrderBy(c => c.Id).ToListAsync(ct);
                var fresh = rows.Where(r => !recent.ContainsKey(r.Id)).ToList();
                if (fresh.Count > 0)
                    foreach (var handler in handlers) await handler.ApplyAsync(fresh, ct);
                foreach (var r in fresh) recent[r.Id] = r.AtUtc;
                foreach (var old in recent.Where(r => r.Value < since).Select(r => r.Key).ToList()) recent.Remove(old);
                if (rows.Count > 0) cursor = Math.Max(cursor, rows[^1].Id);
            }
            lastReadUtc = now;
            Interlocked.Increment(ref reads);
            if (lastError is not null) logger.LogInformation("The change log can be read again");
            lastError = null;
        }
        finally { gate.Release(); }
    }
}
