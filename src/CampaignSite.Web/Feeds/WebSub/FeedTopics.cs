using CampaignSite.Content;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;

namespace CampaignSite.Feeds;

/// <summary>A feed as the hub sees it: its body now, its media type and the hash that tells whether it changed.</summary>
public sealed record TopicBody(string SelfUrl, string HubUrl, string Text, string ContentType, string Hash);

/// <summary>
/// Which URLs are this site's feeds (a WebSub topic is one, exactly as the feed names itself), and a topic's
/// body rendered outside any request, the same text a reader of the first page gets.
/// </summary>
public sealed class FeedTopics(IServiceScopeFactory scopes)
{
    /// <summary>The feed at this URL now, or null when the URL is not exactly one of our feeds' own addresses.</summary>
    public async Task<TopicBody?> RenderAsync(string topic, CancellationToken ct)
    {
        if (!Uri.TryCreate(topic, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return null;
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var culture = Cultures.Chinese;
        if (path.StartsWith(CultureRouting.Prefix(Cultures.English) + "/", StringComparison.Ordinal))
            (culture, path) = (Cultures.English, path[CultureRouting.Prefix(Cultures.English).Length..]);
        if (!path.StartsWith("/feeds/", StringComparison.Ordinal) || !FeedScope.TryParse(path["/feeds/".Length..], out var scope, out var file)) return null;

        // The feed is built for a request to the topic's own host, as a reader's request would be.
        var context = new DefaultHttpContext();
        context.Request.Scheme = uri.Scheme;
        context.Request.Host = HostString.FromUriComponent(uri);
        context.Request.PathBase = CultureRouting.Prefix(culture);
        await using var scopeOfServices = scopes.CreateAsyncScope();
        var builder = scopeOfServices.ServiceProvider.GetRequiredService<FeedBuilder>();
        var feed = await builder.BuildAsync(context.Request, culture, scope, file, 1, ct);
        if (feed is null || !SameUrl(feed.SelfUrl, topic)) return null;
        var (text, type) = FeedFormats.Write(feed, file);
        return new TopicBody(feed.SelfUrl, feed.HubUrl, text, type, Tokens.Hash(text));
    }

    static bool SameUrl(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y) && Uri.Compare(x, y, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.Ordinal) == 0;
}
