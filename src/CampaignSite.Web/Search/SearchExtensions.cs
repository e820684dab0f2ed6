using System.Threading.RateLimiting;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Publishing;
using CampaignSite.Data.Changes;
using CampaignSite.Search.Index;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CampaignSite.Search;

public static class SearchExtensions
{
    public const string RateLimit = "search";

    /// <summary>This node's search index (following the change log), the public /search page and /api/search, under one rate limit per address.</summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.RequestsPer10Seconds > 0, "CampaignSite:Search:RequestsPer10Seconds must be a positive number")
            .Validate(o => o.StartupWait >= TimeSpan.Zero, "CampaignSite:Search:StartupWait must not be negative").ValidateOnStart();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<IChangeHandler>(sp => sp.GetRequiredService<SearchIndex>());
        builder.Services.AddSingleton<IDerivedIndex>(sp => sp.GetRequiredService<SearchIndex>());
        builder.Services.AddScoped<SearchService>();
        builder.Services.AddHostedService<SearchStartup>();
        builder.Services.AddHealthChecks().AddCheck<SearchHealthCheck>("search");
        builder.Services.AddRazorPages(o =>
        {
            o.CachePublishedPages("/Search/Pages");
            o.Conventions.AddFolderApplicationModelConvention("/Search/Pages", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimit)));
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value.RequestsPer10Seconds,
                    Window = TimeSpan.FromSeconds(10),
                }));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "10";
                var en = http.Culture() == Content.Types.Cultures.English || http.Request.Path.StartsWithSegments("/api");
                var message = en ? "Too many searches from your address; wait ten seconds and try again." : "您的地址搜索过于频繁，请等待十秒后再试。";
                // The API answers a problem; the page leaves the body to the site's own error page.
                if (http.Request.Path.StartsWithSegments("/api")) await Problems.WriteAsync(http, StatusCodes.Status429TooManyRequests, message);
                else http.Items[SitePage.ProblemKey] = message;
            };
        });
        return builder;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        var api = app.MapGroup("/api/search").RequireRateLimiting(RateLimit);
        api.MapGet("/", SearchApi.SearchAsync).WithSummary("Published documents matching a query, with facets")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/suggest", SearchApi.SuggestAsync).WithSummary("Titles completing what was typed")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }
}

/// <summary>Opens this node's index, or builds it, once the change follower has taken its place in the log.</summary>
sealed class SearchStartup(SearchIndex index, IOptions<SearchOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => index.StartAsync(options.Value.StartupWait, ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
