namespace CampaignSite.Api;

public static class ApiExtensions
{
    public const string Cors = "public-get";

    /// <summary>The delivery API (/api/content), CORS for GET from any origin, its OpenAPI document, and partner keys with their quotas.</summary>
    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedOptions<ApiOptions>(ApiOptions.Section, o => o.Problem());
        builder.Services.AddCheckedOptions<PartnerSettings>(PartnerSettings.Section, o => o.Problem());
        // The API only reads: a browser on another origin may GET (HEAD and OPTIONS as part of it), never write.
        builder.Services.AddCors(o => o.AddPolicy(Cors, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD", "OPTIONS")
            .WithHeaders(ApiOptions.KeyHeader, "Authorization").WithExposedHeaders("ETag", "Retry-After")));
        builder.Services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/") == true);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ApiLimits>();
        builder.Services.AddHostedService<PartnerKeySeeder>();
        return builder;
    }

    /// <summary>On /api/content: partner keys checked, quotas kept and each key's use counted (see <see cref="ApiAccess"/>).</summary>
    public static WebApplication UseContentApiAccess(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/content"), api => api.UseMiddleware<ApiAccess>());
        return app;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi.json");
        ContentApi.Map(app.MapGroup("/api/content").RequireCors(Cors).WithTags("content"));
        return app;
    }
}
