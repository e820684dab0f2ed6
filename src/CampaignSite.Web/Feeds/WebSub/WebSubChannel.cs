using System.Security.Cryptography;
using System.Text;
using CampaignSite.Content.Outbound;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Feeds;

/// <summary>
/// WebSub content distribution as a delivery channel: after changes, every subscribed feed is rendered once,
/// and each live subscription whose feed's body differs from the last one it got receives the new body,
/// signed with its secret (X-Hub-Signature: sha256=…) and with the hub and self Link headers.
/// Subscriptions whose lease ended lapse.
/// </summary>
public sealed class WebSubChannel(FeedTopics topics, IOptionsMonitor<WebSubOptions> options) : IDeliveryChannel
{
    public const string ChannelName = "websub";

    public string Name => ChannelName;
    public TimeSpan RetryDelay => options.CurrentValue.RetryDelay;

    public async Task PlanAsync(IReadOnlyList<ChangeRecord> changes, CampaignDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        await db.Subscriptions.Where(s => s.ExpiresUtc <= nowUtc).ExecuteDeleteAsync(ct);
        var live = await db.Subscriptions.Where(s => s.ExpiresUtc > nowUtc).ToListAsync(ct);
        foreach (var group in live.GroupBy(s => s.Topic))
        {
            if (await topics.RenderAsync(group.Key, ct) is not { } body) continue;
            foreach (var subscription in group.Where(s => s.ContentHash != body.Hash))
            {
                subscription.ContentHash = body.Hash;
                db.Deliveries.Add(new DeliveryRecord
                {
                    Channel = ChannelName,
                    TargetId = subscription.Id,
                    MessageId = Guid.NewGuid().ToString("N"),
                    Event = "feed.updated",
                    OrderKey = "feed",
                    ContentType = body.ContentType,
                    Body = body.Text,
                    CreatedUtc = nowUtc,
                    NextAttemptUtc = nowUtc,
                });
            }
        }
    }

    public async Task<(OutboundRequest? Request, string? Cancelled)> PrepareAsync(DeliveryRecord delivery, CampaignDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var subscription = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.TargetId, ct);
        if (subscription is null || subscription.ExpiresUtc <= nowUtc) return (null, "The subscription ended.");
        var hub = new Uri(new Uri(subscription.Topic), WebSubPaths.Hub).ToString();
        var headers = new List<KeyValuePair<string, string>> { new("Link", FeedFormats.LinkHeader(hub, subscription.Topic)) };
        if (subscription.Secret is { } secret)
            headers.Add(new("X-Hub-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(delivery.Body)))));
        return (new OutboundRequest(subscription.Callback, headers, options.CurrentValue.AllowPrivateTargets), null);
    }

    public Task AfterAttemptAsync(DeliveryRecord delivery, bool delivered, CampaignDbContext db, DateTime nowUtc, CancellationToken ct) => Task.CompletedTask;
}
