using CampaignSite.Content.Delivery;

namespace CampaignSite.Site;

/// <summary>The public pages: home, lists, details, task areas, errors, and the sitemap.</summary>
public static class SiteExtensions
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o => o.CachePublishedPages("/Site/Pages"));
        return builder;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapUiAssets();
        app.MapSitemap();
        return app;
    }
}
