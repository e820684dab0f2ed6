using System.Threading.RateLimiting;

namespace CampaignSite.Api;

/// <summary>
/// One-minute fixed windows for /api/content: a key's own RequestsPerMinute for keyed requests,
/// CampaignSite:Api:AnonymousRequestsPerMinute per address for the rest. The windows live on this
/// node: behind a balancer of N nodes a caller may reach N times its quota, which we accept rather
/// than a shared counter written on every request. The quota is part of the partition, so a changed
/// quota starts a new window at once.
/// </summary>
sealed class ApiLimits : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    readonly PartitionedRateLimiter<Partition> limiter = PartitionedRateLimiter.Create<Partition, Partition>(partition =>
        RateLimitPartition.GetFixedWindowLimiter(partition, p => new FixedWindowRateLimiterOptions { PermitLimit = p.PerMinute, Window = Window, QueueLimit = 0 }));

    /// <summary>Who is limited: "key:{id}" or "address:{ip}", with the quota that applies.</summary>
    public readonly record struct Partition(string Caller, int PerMinute);

    /// <summary>Takes one request from the caller's window; when refused, how long until the window opens again.</summary>
    public (bool Allowed, TimeSpan RetryAfter) Take(Partition partition)
    {
        using var lease = limiter.AttemptAcquire(partition);
        if (lease.IsAcquired) return (true, TimeSpan.Zero);
        return (false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : Window);
    }

    public void Dispose() => limiter.Dispose();
}
