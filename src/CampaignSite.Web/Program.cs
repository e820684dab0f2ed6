using CampaignSite;
using CampaignSite.Api;
using CampaignSite.Backoffice;
using CampaignSite.Content;
using CampaignSite.Content.Webhooks;
using CampaignSite.Content.Delivery;
using CampaignSite.Data;
using CampaignSite.Feeds;
using CampaignSite.Media;
using CampaignSite.Operations;
using CampaignSite.Search;
using CampaignSite.Site;

try
{
    // Services: Data and Content are what every capability builds on; each capability adds itself.
    var builder = WebApplication.CreateBuilder(args);
    builder.AddOperations();
    builder.AddCampaignData();
    builder.AddContent();
    builder.AddMedia();
    builder.AddSearch();
    builder.AddSite();
    builder.AddFeeds();
    builder.AddContentApi();
    builder.AddWebhooks();
    builder.AddBackoffice();

    var app = builder.Build();

    // The request pipeline, in this order.
    app.UseSecurity();                                // forwarded headers from known proxies, security headers, HTTPS redirection
    app.UseRequestLogging();                          // one line and Server-Timing per request, around everything
    app.UseMedia();                                   // /media/… early: a cached variant costs little more than a static file
    app.UseExceptionHandler("/error/500");            // the site's own pages for errors and 4xx without a body
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseCultureRouting();                          // /en/… becomes the PathBase of the English site
    app.UseRouting();
    app.UseRequestMetrics();                          // by route group, when /metrics is on
    app.UseRateLimiter();                             // /search and /api/search, per address
    app.UseCors();                                    // GET from any origin on /api/content
    app.UseContentApiAccess();                        // partner keys and quotas on /api/content; after CORS so a browser reads its 401 or 429
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseOutputCache();                             // published pages, feeds, API answers; evicted on publish

    // Endpoints.
    app.MapHealth();
    app.MapMetrics();                                 // /metrics, when CampaignSite:Metrics:Enabled
    app.MapSite();
    app.MapSearch();
    app.MapFeeds();
    app.MapContentApi();
    app.MapRazorPages();                              // every capability's pages: Site, Search, Feeds, Backoffice

    // A verb (import, export, reindex, export-site) instead of serving; export-site reads the site through this pipeline.
    if (Commands.IsCommand(args)) return await Commands.RunAsync(app, args);
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine($"CampaignSite cannot start: {e.Message}");
    return 1;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    // A section's own check (ValidateOnStart, or the first read of it) found a bad setting.
    Console.Error.WriteLine($"CampaignSite cannot start: {string.Join(" ", e.Failures)}");
    return 1;
}

public partial class Program;
