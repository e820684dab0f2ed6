using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>
/// Runs due schedules. Schedules live in the database, so a restart loses none and runs the ones
/// that fell due while the site was down. On several nodes only the holder of the "schedules"
/// lease looks for work, and each schedule is marked done in the transaction that publishes it
/// (a conditional UPDATE), so even two runners could not run one twice.
/// </summary>
public sealed class ScheduleRunner(IServiceProvider services, IOptions<BackofficeOptions> options, TimeProvider clock, ILogger<ScheduleRunner> logger)
    : BackgroundService
{
    public const string LeaseName = "schedules";
    readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.ScheduleInterval, clock);
        do
        {
            try { await RunDueAsync(ct); }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogError(e, "Running due schedules failed; they stay due and are tried again on the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    /// <summary>On a clean stop the lease is given up, so another node (or this one restarted) takes over at once.</summary>
    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        try
        {
            await using var scope = services.CreateAsyncScope();
            await Lease.ReleaseAsync(scope.ServiceProvider.GetRequiredService<CampaignDbContext>(), LeaseName, holder, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The scheduler's lease could not be released; it expires by itself");
        }
    }

    /// <summary>Runs every schedule and release due now, if this node holds the lease. Returns how many ran here.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        List<int> due;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            if (!await Lease.TryTakeAsync(db, LeaseName, holder, options.Value.ScheduleInterval * 4, now, ct)) return 0;
            due = await db.Schedules.Where(s => s.DoneUtc == null && s.DueUtc <= now).OrderBy(s => s.DueUtc).Select(s => s.Id).Take(200).ToListAsync(ct);
        }
        var ran = 0;
        foreach (var id in due)
            if (await RunOneAsync(id, ct)) ran++;
        await using (var scope = services.CreateAsyncScope())
            ran += await scope.ServiceProvider.GetRequiredService<ReleaseWorkflow>().RunDueAsync(ct);
        return ran;
    }

    async Task<bool> RunOneAsync(int id, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var unit = await scope.ServiceProvider.GetRequiredService<ContentScope>().BeginAsync(ct);
        if (await db.Schedules.Where(s => s.Id == id && s.DoneUtc == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.DoneUtc, now), ct) != 1)
            return false;
        var schedule = await db.Schedules.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        string outcome;
        if (schedule.Action == ScheduleAction.Publish)
        {
            // The version pinned when it was scheduled goes out only while it is still signed (a send-back undoes that).
            var reviews = scope.ServiceProvider.GetRequiredService<ReviewBook>();
            var refusal = schedule.VersionId is { } pinned
                ? await scope.ServiceProvider.GetRequiredService<PublishGate>().ScheduledRefusalAsync(schedule.DocumentId, pinned, ct) : null;
            var result = refusal is null ? await store.PublishAsync(schedule.DocumentId, schedule.VersionId, ct) : null;
            outcome = refusal is not null ? "not published: " + refusal
                : result!.Succeeded ? $"published version {result.VersionNumber}" : "not published: " + string.Join("; ", result.Errors.Select(e => e.ToString()));
            if (result?.Succeeded == true && schedule.VersionId is { } published)
                await reviews.AddAsync(schedule.DocumentId, published, SignOffKind.Published, null, $"schedule by {schedule.CreatedBy}", null, ct);
        }
        else outcome = await store.UnpublishAsync(schedule.DocumentId, ct: ct) ? "unpublished" : "was not published";
        await db.Schedules.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Outcome, outcome.Length > 1000 ? outcome[..1000] : outcome), ct);
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync($"schedule by {schedule.CreatedBy}", "schedule.run", schedule.DocumentId, $"{schedule.Action.Name()} due {Dates.ShowUtc(schedule.DueUtc)}: {outcome}", ct);
        await unit.CompleteAsync(ct);
        logger.LogInformation("Schedule {Id} ({Action} of document {Document}): {Outcome}", id, schedule.Action.Name(), schedule.DocumentId, outcome);
        return true;
    }
}
