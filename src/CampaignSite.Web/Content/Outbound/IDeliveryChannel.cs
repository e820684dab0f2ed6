using CampaignSite.Data;
using CampaignSite.Data.Changes;

namespace CampaignSite.Content.Outbound;

/// <summary>One attempt's request: where it goes and the headers that sign it; the body is the delivery's own.</summary>
public sealed record OutboundRequest(string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, bool AllowPrivateTargets);

/// <summary>
/// A kind of push to partners (webhooks, WebSub). It turns committed changes into delivery rows, in the
/// transaction that marks the changes planned, and for each attempt says where a row goes and how it is
/// signed. Registered explicitly by the capability that owns it.
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>The name stored in each delivery's Channel column.</summary>
    string Name { get; }

    /// <summary>How long after a first failure the first retry waits; later retries wait twice as long as the one before.</summary>
    TimeSpan RetryDelay { get; }

    /// <summary>Adds the deliveries these changes cause to <paramref name="db"/> (saved by the caller, with the changes marked planned).</summary>
    Task PlanAsync(IReadOnlyList<ChangeRecord> changes, CampaignDbContext db, DateTime nowUtc, CancellationToken ct);

    /// <summary>The request for this attempt, or a sentence saying why the delivery cannot go any more (its receiver is gone or switched off).</summary>
    Task<(OutboundRequest? Request, string? Cancelled)> PrepareAsync(DeliveryRecord delivery, CampaignDbContext db, DateTime nowUtc, CancellationToken ct);

    /// <summary>After an attempt: the channel keeps what it tracks about the receiver (consecutive failures). Saved by the caller.</summary>
    Task AfterAttemptAsync(DeliveryRecord delivery, bool delivered, CampaignDbContext db, DateTime nowUtc, CancellationToken ct);
}
