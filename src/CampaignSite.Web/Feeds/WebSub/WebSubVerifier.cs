using CampaignSite.Content;
using System.Threading.Channels;
using CampaignSite.Content.Outbound;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Feeds;

/// <summary>
/// Verifies each accepted intent with a GET to its callback carrying hub.challenge; only an answer in 2xx
/// that echoes the challenge makes the subscription (stored with its lease) or ends it. The queue is this
/// node's: an intent lost with the node is one the subscriber sends again, as WebSub expects.
/// </summary>
public sealed class WebSubVerifier(IServiceScopeFactory scopes, FeedTopics topics, OutboundHttp http, IOptions<WebSubOptions> options,
    TimeProvider clock, ILogger<WebSubVerifier> logger) : BackgroundService
{
    readonly Channel<SubscriptionIntent> queue = Channel.CreateBounded<SubscriptionIntent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(SubscriptionIntent intent) => queue.Writer.TryWrite(intent);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await foreach (var intent in queue.Reader.ReadAllAsync(ct))
        {
            try { await VerifyAsync(intent, ct); }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Verifying a WebSub {Mode} for {Topic} failed", intent.Mode, intent.Topic);
            }
        }
    }

    async Task VerifyAsync(SubscriptionIntent intent, CancellationToken ct)
    {
        var challenge = Tokens.New(24);
        var query = $"hub.mode={intent.Mode}&hub.topic={Uri.EscapeDataString(intent.Topic)}&hub.challenge={challenge}"
            + (intent.Mode == "subscribe" ? $"&hub.lease_seconds={intent.LeaseSeconds}" : "");
        var url = intent.Callback + (intent.Callback.Contains('?') ? "&" : "?") + query;
        using var request = OutboundHttp.Request(HttpMethod.Get, url, options.Value.AllowPrivateTargets);
        string? answer = null;
        var ok = false;
        try
        {
            using var response = await http.Client.SendAsync(request, ct);
            ok = response.IsSuccessStatusCode;
            answer = ok ? (await response.Content.ReadAsStringAsync(ct)).Trim() : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogInformation("The WebSub callback {Callback} did not answer the verification: {Error}", intent.Callback, e.Message);
        }
        if (!ok || answer != challenge) return;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var existing = await db.Subscriptions.FirstOrDefaultAsync(s => s.Topic == intent.Topic && s.Callback == intent.Callback, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (intent.Mode == "unsubscribe")
        {
            if (existing is not null) db.Subscriptions.Remove(existing);
        }
        else
        {
            if (existing is null)
                db.Subscriptions.Add(existing = new SubscriptionRecord { Topic = intent.Topic, Callback = intent.Callback, CreatedUtc = now });
            existing.Secret = intent.Secret;
            existing.LeaseSeconds = intent.LeaseSeconds;
            existing.ExpiresUtc = now.AddSeconds(intent.LeaseSeconds);
            // The feed as it is now is what the subscriber can fetch itself; pushes start with the next change.
            existing.ContentHash = (await topics.RenderAsync(intent.Topic, ct))?.Hash;
        }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { } // the same subscription verified twice at once: one row stands
    }
}
