using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Media.Imaging;
using Microsoft.Extensions.Options;

namespace CampaignSite.Media;

public static class MediaExtensions
{
    /// <summary>The media library, the image pipeline (libvips, degraded to originals when missing), signed URLs and the variant cache.</summary>
    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(o => o.MaxBytes > 0 && o.MaxPixels > 0 && o.MaxDimension > 0 && o.CacheMaxBytes > 0 && o.MaxConcurrentProcessing > 0,
                "CampaignSite:Media limits (MaxBytes, MaxPixels, MaxDimension, CacheMaxBytes, MaxConcurrentProcessing) must be positive")
            .Validate(o => o.Pipeline.ToLowerInvariant() is "on" or "off", "CampaignSite:Media:Pipeline must be on or off")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MediaOptions>>().Value);
        builder.Services.AddSingleton<ImagePipeline>();
        builder.Services.AddSingleton(sp => new ImageSigner(() => ImageSigner.LoadKey(sp.GetRequiredService<MediaOptions>().HmacKey, create =>
        {
            using var scope = sp.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            return Secrets.GetOrCreate(db, ImageSigner.SecretName, create, sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        }, sp.GetRequiredService<IOptions<SiteOptions>>().Value.DataPath)));
        builder.Services.AddSingleton(sp => new MediaCatalog(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<IOptions<SiteOptions>>().Value.MediaPath));
        builder.Services.AddSingleton<IChangeHandler>(sp => sp.GetRequiredService<MediaCatalog>());
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<MediaOptions>();
            return new VariantCache(Path.Combine(sp.GetRequiredService<IOptions<SiteOptions>>().Value.DataPath, "cache", "images"), o.CacheMaxBytes, o.MaxConcurrentProcessing);
        });
        builder.Services.AddSingleton<MediaUrls>();
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddHostedService<MediaStartup>();
        builder.Services.AddHealthChecks().AddCheck<ImagePipelineHealthCheck>("image-pipeline");
        return builder;
    }

    /// <summary>
    /// /media/… answered early in the pipeline: image requests are the most frequent, and a cache
    /// hit should cost little more than a static file. What it does not know (unknown files) falls
    /// through to the site, which answers 404 with its own page.
    /// </summary>
    public static WebApplication UseMedia(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/media") && (HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method)),
            branch => branch.Use(MediaEndpoints.Middleware(app.Services)));
        return app;
    }
}
