using CampaignSite.Content.Delivery;
using CampaignSite.Content.Outbound;

namespace CampaignSite.Feeds;

public static class FeedsExtensions
{
    /// <summary>RSS, Atom and JSON Feed of every scope, the WeChat and short-video feeds, the /feeds list, the WeChat preview pages, and the WebSub hub.</summary>
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FeedBuilder>();
        builder.Services.AddScoped<VideoFeed>();
        builder.Services.AddScoped<WeChatFeed>();
        builder.Services.AddRazorPages(o => o.CachePublishedPages("/Feeds/Pages"));
        builder.Services.AddCheckedOptions<WebSubOptions>(WebSubOptions.Section, o => o.Problem());
        builder.Services.AddSingleton<FeedTopics>();
        builder.Services.AddSingleton<WebSubVerifier>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebSubVerifier>());
        builder.Services.AddDeliveryChannel<WebSubChannel>();
        return builder;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        FeedEndpoints.Map(app.MapGroup("/feeds").CacheOutput(PublishedCache.Policy));
        WebSubHub.Map(app);
        return app;
    }
}
