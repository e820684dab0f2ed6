using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;

namespace CampaignSite.Site;

public static class SiteExtensions
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        // Pages live in their capability's folder (Site/Pages, Backoffice/Pages); each folder's Shared holds its layout and partials.
        builder.Services.AddRazorPages(o => o.RootDirectory = "/");
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o =>
        {
            o.PageViewLocationFormats.Add("/Site/Pages/Shared/{0}.cshtml");
            o.PageViewLocationFormats.Add("/Backoffice/Pages/Shared/{0}.cshtml");
        });
        // Chinese text as is, not as &#x...; entities: pages a third the size, readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The default key ignores the path's case; the exact path keeps /brands/Bosideng (a redirect) apart from /brands/bosideng.
        builder.Services.AddOutputCache(o => o.AddPolicy(SiteCache.Policy, p => p
            .VaryByValue(context => new KeyValuePair<string, string>("path", context.Request.Path.Value ?? ""))
            .With(context => !context.HttpContext.Request.Path.StartsWithSegments(Backoffice.BackofficeExtensions.PathPrefix))
            .Expire(builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>()?.PageCacheDuration ?? TimeSpan.FromMinutes(30))
            .Tag(SiteCache.Tag)));
        builder.Services.AddScoped<PublishedContent>();
        builder.Services.AddScoped<EditorPreview>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<IPublishedContentHandler, SiteCache>();
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<SiteOptions>>().Value.UiStaticPath;
            return new UiAssets(string.IsNullOrWhiteSpace(configured) ? SitePaths.Find(builder.Environment.ContentRootPath, "uistatic") : configured);
        });
        return builder;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseCultureRouting();

        app.UseRouting();
        // Signed-in editors see previews; the output cache never stores or serves their requests.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapGet("/ui/{hash}/{**file}", (string hash, string file, UiAssets assets, HttpContext context) => assets.Serve(hash, file, context));
        app.MapSitemap();
        app.MapRazorPages().CacheOutput(SiteCache.Policy);
        return app;
    }
}
