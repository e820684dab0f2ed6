using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using CampaignSite.Content.Delivery;

namespace CampaignSite.Feeds;

/// <summary>
/// RSS, Atom and JSON Feed for the site, each type, task area and tag, in both cultures (/en/feeds/...).
/// Each answer is the text of a pure function of the published rows, kept in the output cache until
/// the next publish, with a strong ETag and Last-Modified for conditional GETs.
/// </summary>
static class FeedEndpoints
{
    public static void Map(RouteGroupBuilder feeds)
    {
        feeds.MapGet("/wechat.json", async (HttpContext c, WeChatFeed wechat) =>
        {
            var (json, updated) = await wechat.BuildAsync(c.Request, c.Culture(), c.RequestAborted);
            return Conditional(c, json, "application/json; charset=utf-8", updated);
        });
        feeds.MapGet("/video.json", async (HttpContext c, VideoFeed video) =>
        {
            var (json, updated) = await video.BuildAsync(c.Request, c.Culture(), c.RequestAborted);
            return Conditional(c, json, "application/json; charset=utf-8", updated);
        });
        feeds.MapGet(WeChatPreviewStyles.Path, (HttpContext c) =>
        {
            c.Response.Headers.CacheControl = "public, max-age=31536000, immutable"; // the page links it with its version
            return Results.Text(WeChatPreviewStyles.Css, "text/css; charset=utf-8");
        });
        feeds.MapGet("/{**path}", (string path, HttpContext c, FeedBuilder b) =>
            FeedScope.TryParse(path, out var scope, out var file) ? Serve(c, b, scope, file) : Task.FromResult(NotFound()));
    }

    static IResult NotFound() => Problems.NotFound("There is no such feed; /feeds lists them all.");

    static async Task<IResult> Serve(HttpContext context, FeedBuilder builder, FeedScope scope, string file)
    {
        var page = 1;
        if (context.Request.Query["page"].ToString() is { Length: > 0 } p && (!int.TryParse(p, out page) || page is < 1 or > 10_000))
            return Problems.BadRequest($"'{p}' is not a page number.");
        var feed = await builder.BuildAsync(context.Request, context.Culture(), scope, file, page, context.RequestAborted);
        if (feed is null) return NotFound();
        var (text, type) = FeedFormats.Write(feed, file);
        context.Response.Headers.Link = FeedFormats.LinkHeader(feed.HubUrl, feed.SelfUrl);
        return Conditional(context, text, type, feed.UpdatedUtc);
    }

    static IResult Conditional(HttpContext context, string text, string type, DateTime updatedUtc)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        return TaggedResponse.Of(text, type, updatedUtc);
    }
}

/// <summary>The WeChat preview's stylesheet (the conversion's own styles) and its versioned address.</summary>
static class WeChatPreviewStyles
{
    public const string Path = "/wechat-preview.css";
    public static readonly string Css = WeChatHtml.PreviewStylesheet(".wechat-preview");
    public static readonly string Href = "/feeds" + Path + "?v=" + UiAssets.Fingerprint(System.Text.Encoding.UTF8.GetBytes(Css));
}
