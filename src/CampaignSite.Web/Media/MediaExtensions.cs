using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Media.Imaging;
using CampaignSite.Media.Storage;
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
            .Validate(o => o.Storage.ToLowerInvariant() is "folder" or "s3", "CampaignSite:Media:Storage must be Folder or S3")
            .Validate(o => o.Storage.ToLowerInvariant() != "s3" || !string.IsNullOrWhiteSpace(o.S3.Bucket) && (!string.IsNullOrWhiteSpace(o.S3.ServiceUrl) || !string.IsNullOrWhiteSpace(o.S3.Region)),
                "CampaignSite:Media:Storage is S3: set CampaignSite:Media:S3:Bucket, and ServiceUrl (or Region for AWS itself)")
            .Validate(o => string.IsNullOrWhiteSpace(o.S3.ServiceUrl) || Uri.TryCreate(o.S3.ServiceUrl, UriKind.Absolute, out _),
                "CampaignSite:Media:S3:ServiceUrl must be an absolute URL such as https://oss-cn-beijing.aliyuncs.com")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MediaOptions>>().Value);
        builder.Services.AddSingleton<ImagePipeline>();
        builder.Services.AddSingleton(sp => new ImageSigner(() => ImageSigner.LoadKey(sp.GetRequiredService<MediaOptions>().HmacKey, create =>
        {
            using var scope = sp.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            return Secrets.GetOrCreate(db, ImageSigner.SecretName, create, sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        }, sp.GetRequiredService<IOptions<SiteOptions>>().Value.DataPath)));
        builder.Services.AddSingleton<IMediaStore>(sp =>
        {
            var o = sp.GetRequiredService<MediaOptions>();
            return o.Storage.Equals("s3", StringComparison.OrdinalIgnoreCase)
                ? new S3MediaStore(S3MediaStore.Client(o.S3), o.S3.Bucket!, sp.GetRequiredService<VariantCache>())
                : new FolderMediaStore(sp.GetRequiredService<IOptions<SiteOptions>>().Value.MediaPath);
        });
        builder.Services.AddSingleton(sp => new MediaCatalog(sp.GetRequiredService<IServiceScopeFactory>()));
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
