using CampaignSite.Data;
using CampaignSite.Media.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Content.Files;

/// <summary>Imports the seed content (CampaignSite:SeedContentPath, or the checkout's content-export/) into a database that holds no document.</summary>
public sealed class SeedContent(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => ImportIfEmptyAsync(services, ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public static async Task ImportIfEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        if (await db.Documents.AnyAsync(ct)) return;

        var logger = scope.ServiceProvider.GetRequiredService<ILogger<SeedContent>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;
        var contentRoot = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var seed = string.IsNullOrWhiteSpace(options.SeedContentPath) ? SitePaths.Find(contentRoot, "content-export") : options.SeedContentPath;
        if (seed is null)
        {
            logger.LogWarning("The database is empty and no content-export folder was found to import");
            return;
        }
        await scope.ServiceProvider.GetRequiredService<IMediaStore>().EnsureReachableAsync(ct);
        var log = new StringWriter();
        var summary = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(seed, log, ct);
        if (!summary.Succeeded) throw new StartupException($"The seed content in {seed} cannot be imported:\n{log}");
        logger.LogInformation("Seeded the empty database from {Folder}: {Summary}", seed, summary);
    }
}
