using CampaignSite.Content.Delivery;

namespace CampaignSite.Feeds;

public static class FeedsExtensions
{
    /// <summary>RSS, Atom and JSON Feed of every scope, the WeChat and short-video feeds, the /feeds list and the WeChat preview pages.</summary>
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FeedBuilder>();
        builder.Services.AddScoped<VideoFeed>();
        builder.Services.AddScoped<WeChatFeed>();
        builder.Services.AddRazorPages(o => o.CachePublishedPages("/Feeds/Pages"));
        return builder;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        FeedEndpoints.Map(app.MapGroup("/feeds").CacheOutput(PublishedCache.Policy));
        return app;
    }
}
