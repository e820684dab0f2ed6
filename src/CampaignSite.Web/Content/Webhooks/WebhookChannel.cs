using CampaignSite.Content.Outbound;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Content.Webhooks;

/// <summary>
/// Webhooks as a delivery channel: each change becomes one delivery per enabled endpoint that asked for its
/// event and whose filters it passes; each attempt is signed by the Standard Webhooks rules with the
/// endpoint's current secret. After <see cref="DisableAfter"/> failures in a row an endpoint is switched off.
/// </summary>
public sealed class WebhookChannel(IOptionsMonitor<WebhookOptions> options, IOptionsMonitor<SiteOptions> site) : IDeliveryChannel
{
    public const string ChannelName = "webhook";
    public const int DisableAfter = 50;

    public string Name => ChannelName;
    public TimeSpan RetryDelay => options.CurrentValue.RetryDelay;

    public async Task PlanAsync(IReadOnlyList<ChangeRecord> changes, CampaignDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var endpoints = await db.Webhooks.AsNoTracking().Where(w => w.Enabled).ToListAsync(ct);
        if (endpoints.Count == 0) return;
        foreach (var change in changes)
        {
            if (WebhookEvents.Of(change.Kind) is not { } eventType) continue;
            // An endpoint hears of the changes made after it was registered, not of the history before it.
            var listening = endpoints.Where(w => w.CreatedUtc <= change.AtUtc && WebhookEvents.Parse(w.Events).Contains(eventType)).ToList();
            if (listening.Count == 0) continue;
            var subject = await WebhookEvents.DescribeAsync(change, db, site.CurrentValue.PublicBaseUrl, ct);
            var body = WebhookEvents.Body(eventType, change.AtUtc, subject.Data);
            foreach (var endpoint in listening.Where(w => Passes(w, subject)))
                db.Deliveries.Add(new DeliveryRecord
                {
                    Channel = ChannelName,
                    TargetId = endpoint.Id,
                    MessageId = "msg_" + Guid.NewGuid().ToString("N"),
                    Event = eventType,
                    OrderKey = change.DocumentId is { } id ? $"document:{id}" : $"media:{change.MediaPath}",
                    ContentType = "application/json",
                    Body = body,
                    CreatedUtc = nowUtc,
                    NextAttemptUtc = nowUtc,
                });
        }
    }

    /// <summary>An endpoint's type, task and culture filters; media events pass any document filter.</summary>
    static bool Passes(WebhookRecord endpoint, WebhookEvents.Subject subject) =>
        subject.Type is null
        || ((endpoint.TypeFilter is null || endpoint.TypeFilter == subject.Type)
            && (endpoint.TaskFilter is null || subject.Tasks.Contains(endpoint.TaskFilter))
            && (endpoint.CultureFilter is null || subject.Cultures.Contains(endpoint.CultureFilter)));

    public async Task<(OutboundRequest? Request, string? Cancelled)> PrepareAsync(DeliveryRecord delivery, CampaignDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var endpoint = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == delivery.TargetId, ct);
        if (endpoint is null) return (null, "The endpoint was removed.");
        if (!endpoint.Enabled) return (null, "The endpoint is switched off.");
        var timestamp = new DateTimeOffset(nowUtc).ToUnixTimeSeconds();
        return (new OutboundRequest(endpoint.Url,
        [
            new("webhook-id", delivery.MessageId),
            new("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("webhook-signature", WebhookSecrets.Signature(endpoint.Secret, delivery.MessageId, timestamp, delivery.Body)),
        ], options.CurrentValue.AllowPrivateTargets), null);
    }

    public async Task AfterAttemptAsync(DeliveryRecord delivery, bool delivered, CampaignDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var endpoint = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == delivery.TargetId, ct);
        if (endpoint is null) return;
        if (delivered) { endpoint.ConsecutiveFailures = 0; return; }
        endpoint.ConsecutiveFailures++;
        if (endpoint.ConsecutiveFailures >= DisableAfter && endpoint.Enabled)
        {
            endpoint.Enabled = false;
            endpoint.DisabledUtc = nowUtc;
            endpoint.DisabledReason = $"Switched off after {DisableAfter} failed deliveries in a row; the last: {delivery.LastError}";
            // What waits for it stops waiting (each can be sent again from the page), so the next change after switching on goes at once.
            const string stopped = "The endpoint was switched off.";
            await db.Deliveries.Where(d => d.Channel == ChannelName && d.TargetId == endpoint.Id && d.State == DeliveryState.Pending && d.Id != delivery.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Failed).SetProperty(d => d.DoneUtc, nowUtc).SetProperty(d => d.LastError, stopped), ct);
            (delivery.State, delivery.DoneUtc) = (DeliveryState.Failed, nowUtc);
        }
    }
}
