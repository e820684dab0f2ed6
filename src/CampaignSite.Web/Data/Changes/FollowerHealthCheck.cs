using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignSite.Data.Changes;

/// <summary>/healthz "changes": Degraded when this process is more than 10 s or 1,000 changes behind the log.</summary>
public sealed class FollowerHealthCheck(ChangeFollower follower, CampaignDbContext db, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var state = follower.State;
        var seconds = state.LastReadUtc is { } read ? (clock.GetUtcNow().UtcDateTime - read).TotalSeconds : (double?)null;
        long? head = null, behind = null;
        try
        {
            head = await db.Changes.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            behind = await db.Changes.LongCountAsync(c => c.Id > state.Cursor, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException) { }
        var data = new Dictionary<string, object>
        {
            ["cursor"] = state.Cursor, ["head"] = head ?? -1, ["behind"] = behind ?? -1, ["secondsSinceRead"] = Math.Round(seconds ?? -1, 1),
        };
        var description = $"cursor {state.Cursor}, head {head?.ToString() ?? "unknown"}, {behind?.ToString() ?? "unknown"} behind, last read {(seconds is { } s ? $"{s:0.0} s ago" : "never")}"
            + (state.LastError is { } error ? $"; last error: {error}" : "");
        return seconds is null or > 10 || behind is null or > 1000
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
