namespace CampaignSite.Api;

public static class ApiExtensions
{
    public const string Cors = "public-get";

    /// <summary>The delivery API (/api/content), CORS for GET from any origin, and its OpenAPI document.</summary>
    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        builder.Services.AddCors(o => o.AddPolicy(Cors, p => p.AllowAnyOrigin().WithMethods("GET").WithHeaders(ApiOptions.KeyHeader).WithExposedHeaders("ETag")));
        builder.Services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/") == true);
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi.json");
        ContentApi.Map(app.MapGroup("/api/content").RequireCors(Cors).WithTags("content"));
        return app;
    }
}
