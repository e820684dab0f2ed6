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
        app.MapGet(ElderMode.Path, SwitchElderMode);
        return app;
    }

    /// <summary>/elder?on=1&amp;return=/path turns elder mode on for a year (a cookie), any other on turns it off; then back to the page.</summary>
    static IResult SwitchElderMode(HttpContext context, string? on, string? @return)
    {
        var options = new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true };
        if (on == "1") context.Response.Cookies.Append(ElderMode.Cookie, "1", new CookieOptions(options) { MaxAge = TimeSpan.FromDays(365) });
        else context.Response.Cookies.Delete(ElderMode.Cookie, options);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Redirect(ReturnPaths.Local(@return, "/"), permanent: false, preserveMethod: false);
    }
}
