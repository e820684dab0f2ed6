using System.Text.Encodings.Web;
using System.Text.Unicode;
using CampaignSite.Data.Changes;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace CampaignSite.Content.Delivery;

/// <summary>What every reader-facing capability shares: the read model, public URLs, the page shell and the output cache of published content.</summary>
public static class DeliveryExtensions
{
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        // Pages live in their capability's folder (Site/Pages, Search/Pages, Feeds/Pages, Backoffice/Pages);
        // the public page shell (layout, card, pager) lives here and every public page finds it.
        builder.Services.AddRazorPages(o => o.RootDirectory = "/");
        builder.Services.Configure<RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Content/Delivery/Shared/{0}.cshtml"));
        // Chinese text as is, not as &#x...; entities: pages a third the size, readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The default key ignores the path's case; the exact path keeps /brands/Bosideng (a redirect) apart from /brands/bosideng.
        // The default policy underneath never stores or serves a signed-in editor's request.
        builder.Services.AddOutputCache(o => o.AddPolicy(PublishedCache.Policy, p => p
            .VaryByValue(context => new KeyValuePair<string, string>("path", context.Request.Path.Value ?? ""))
            .VaryByValue(context => new KeyValuePair<string, string>(ElderMode.Cookie, ElderMode.IsOn(context) ? "1" : "0"))
            .Expire(builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>()?.PageCacheDuration ?? TimeSpan.FromMinutes(30))
            .Tag(PublishedCache.Tag)
            .AddPolicy<CacheLookups>()));
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[SectionConstraint.Name] = typeof(SectionConstraint));
        builder.Services.AddCheckedOptions<SiteIdentifiers>(SiteIdentifiers.Section, o => o.Problem());
        builder.Services.AddScoped<PublishedContent>();
        builder.Services.AddScoped<EditorPreview>();
        builder.Services.AddScoped<PreviewLinks>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<IChangeHandler, PublishedCache>();
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<SiteOptions>>().Value.UiStaticPath;
            return new UiAssets(string.IsNullOrWhiteSpace(configured) ? SitePaths.Find(builder.Environment.ContentRootPath, "uistatic") : configured);
        });
        return builder;
    }

    /// <summary>Caches every page of a capability's page folder as published content, evicted on every publish; pages marked [NeverCached] excepted.</summary>
    public static void CachePublishedPages(this RazorPagesOptions options, string folder) =>
        options.Conventions.AddFolderApplicationModelConvention(folder, page =>
        {
            // Without the attribute the output cache middleware neither looks up nor stores the page's answers.
            if (!page.HandlerType.IsDefined(typeof(NeverCachedAttribute), inherit: false))
                page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PublishedCache.Policy });
        });

    /// <summary>/ui/{hash}/… : the fingerprinted CSS, scripts and icons of the public site and the backoffice.</summary>
    public static IEndpointRouteBuilder MapUiAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/{hash}/{**file}", (string hash, string file, UiAssets assets, HttpContext context) => assets.Serve(hash, file, context));
        return app;
    }
}
