using System.Diagnostics.Metrics;
using CampaignSite.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace CampaignSite.Content.Delivery;

/// <summary>Counts the published-content cache's hits and misses (output_cache.lookups by result), for /metrics.</summary>
public sealed class CacheLookups : IOutputCachePolicy
{
    static long hits, misses;
    static readonly Meter Meter = new(SiteMeter.Name);
    static readonly ObservableCounter<long> Lookups = Meter.CreateObservableCounter("output_cache.lookups", () => new[]
    {
        new Measurement<long>(Interlocked.Read(ref hits), new KeyValuePair<string, object?>("result", "hit")),
        new Measurement<long>(Interlocked.Read(ref misses), new KeyValuePair<string, object?>("result", "miss")),
    }, description: "Requests for cached published content, by hit or miss");

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct)
    {
        Interlocked.Increment(ref hits);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        Interlocked.Increment(ref misses);
        return ValueTask.CompletedTask;
    }
}
