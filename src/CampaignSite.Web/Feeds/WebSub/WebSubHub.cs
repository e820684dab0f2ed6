using System.Globalization;
using System.Text;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Outbound;
using Microsoft.Extensions.Options;

namespace CampaignSite.Feeds;

/// <summary>A subscriber's request, checked, waiting for the hub to verify it with the callback.</summary>
public sealed record SubscriptionIntent(string Mode, string Topic, string Callback, string? Secret, int LeaseSeconds);

/// <summary>
/// POST /websub, the hub's one endpoint (W3C WebSub): a subscribe or unsubscribe request for one of our feeds
/// is checked at once (400 with the reason) and answered 202; the intent is then verified with a GET to the
/// callback. This is a protocol between servers, not a browser form, so it carries no antiforgery token.
/// </summary>
static class WebSubHub
{
    public static void Map(WebApplication app) =>
        app.MapPost(WebSubPaths.Hub, async (HttpContext context, FeedTopics topics, WebSubVerifier verifier, IOptions<WebSubOptions> options) =>
        {
            if (!context.Request.HasFormContentType) return Problems.BadRequest("Send the request as application/x-www-form-urlencoded with hub.mode, hub.topic and hub.callback.");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (intent, problem) = await CheckAsync(form, topics, options.Value, context.RequestAborted);
            if (intent is null) return Problems.BadRequest(problem!);
            verifier.Enqueue(intent);
            return Results.Text($"Accepted: the hub now verifies this {intent.Mode} request with a GET to hub.callback.", "text/plain; charset=utf-8", Encoding.UTF8, 202);
        }).DisableAntiforgery();

    static async Task<(SubscriptionIntent? Intent, string? Problem)> CheckAsync(IFormCollection form, FeedTopics topics, WebSubOptions options, CancellationToken ct)
    {
        var mode = form["hub.mode"].ToString();
        if (mode is not ("subscribe" or "unsubscribe")) return (null, "hub.mode must be subscribe or unsubscribe.");
        var topic = form["hub.topic"].ToString();
        if (topic.Length is 0 or > 500) return (null, "hub.topic must be the address of one of this site's feeds (at most 500 characters).");
        var callback = form["hub.callback"].ToString();
        if (callback.Length > 500) return (null, "hub.callback has at most 500 characters.");
        if (await PublicTargets.ProblemAsync(callback, options.AllowPrivateTargets, ct) is { } target) return (null, "hub.callback: " + target);
        if (await topics.RenderAsync(topic, ct) is null)
            return (null, $"hub.topic {topic} is not one of this site's feeds; topics are feed addresses exactly as the feeds name themselves (rel=self), listed at /feeds.");
        var secret = form["hub.secret"].ToString();
        if (Encoding.UTF8.GetByteCount(secret) >= 200) return (null, "hub.secret must be shorter than 200 bytes.");
        var lease = options.DefaultLeaseSeconds;
        if (form["hub.lease_seconds"].ToString() is { Length: > 0 } asked)
        {
            if (!int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out lease) || lease < 1)
                return (null, "hub.lease_seconds must be a positive whole number of seconds.");
            lease = Math.Min(lease, options.MaxLeaseSeconds);
        }
        return (new SubscriptionIntent(mode, topic, callback, secret.Length > 0 ? secret : null, lease), null);
    }
}
