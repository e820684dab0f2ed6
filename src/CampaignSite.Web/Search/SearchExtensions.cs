using System.Threading.RateLimiting;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Site;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Search;

public static class SearchExtensions
{
    public const string RateLimit = "search";

    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.RequestsPer10Seconds > 0, "CampaignSite:Search:RequestsPer10Seconds must be a positive number").ValidateOnStart();
        builder.Services.AddScoped<ISearchIndex>(sp =>
            sp.GetRequiredService<CampaignDbContext>().Database.IsNpgsql() ? new PostgresSearchIndex() : new SqliteSearchIndex());
        builder.Services.AddScoped<IPublishStep, SearchPublishStep>();
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddScoped<SearchIndexer>();
        builder.Services.AddSingleton<SearchRebuilds>();
        builder.Services.AddHostedService<SearchStartup>();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.AddPageApplicationModelConvention(
            "/Search", page => page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(RateLimit))));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value.RequestsPer10Seconds,
                    Window = TimeSpan.FromSeconds(10),
                }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "10";
                await context.HttpContext.Response.WriteAsJsonAsync(new { error = "Too many searches from your address; wait ten seconds and try again." }, ct);
            };
        });
        return builder;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        app.UseRateLimiter();
        var api = app.MapGroup("/api/search").RequireRateLimiting(RateLimit);
        api.MapGet("/", SearchApi.SearchAsync);
        api.MapGet("/suggest", SearchApi.SuggestAsync);
        return app;
    }
}

/// <summary>Brings an index that is out of step with the published rows (after an upgrade) back in step at start.</summary>
sealed class SearchStartup(IServiceProvider services, ILogger<SearchStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        if (await indexer.InStepAsync(ct)) return;
        var log = new StringWriter();
        await indexer.RebuildAsync(log, ct);
        logger.LogWarning("The search index was out of step with the published content and was rebuilt: {Log}", log.ToString().Trim().Split('\n')[^1]);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
