using CampaignSite.Data;
using CampaignSite.Search.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignSite.Search;

/// <summary>/healthz "search": the index's cursor against the log's head, its documents against the published ones. Degraded while it lags, differs or rebuilds.</summary>
public sealed class SearchHealthCheck(SearchIndex index, CampaignDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var state = index.State;
        long head = -1;
        var published = -1;
        try
        {
            head = await db.Changes.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            (published, _) = await index.CountAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException) { }
        var data = new Dictionary<string, object>
        {
            ["cursor"] = state.Cursor, ["head"] = head, ["documents"] = state.Documents, ["published"] = published, ["rebuilding"] = state.Rebuilding,
        };
        var description = (state.Open ? $"cursor {state.Cursor} of {head}, {state.Documents} documents of {published} published" : "no index")
            + (state.Rebuilding ? $"; rebuilding: {state.Progress}" : "") + (state.LastError is { } error ? $"; last rebuild failed: {error}" : "");
        // A node without its index still serves everything but search: degraded, not down.
        return !state.Open || state.Rebuilding || head - state.Cursor > 1000 || state.Documents != published
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
