using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Content;

public static class ContentExtensions
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentStore>();
        builder.Services.AddScoped<ContentEvents>();
        builder.Services.AddScoped<ContentImporter>();
        builder.Services.AddScoped<ContentExporter>();
        builder.Services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    /// <summary>Brings the schema up to date and, when asked and the database holds no document, imports the seed content.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, bool importSeed, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DatabaseStartup>>();
        try
        {
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StartupException($"The database ({db.Database.ProviderName}) cannot be opened or migrated: {e.Message}");
        }
        if (!importSeed || await db.Documents.AnyAsync(ct)) return;

        var options = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;
        var contentRoot = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var seed = string.IsNullOrWhiteSpace(options.SeedContentPath) ? SitePaths.Find(contentRoot, "content-export") : options.SeedContentPath;
        if (seed is null)
        {
            logger.LogWarning("The database is empty and no content-export folder was found to import");
            return;
        }
        var log = new StringWriter();
        var summary = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(seed, log, ct);
        if (!summary.Succeeded) throw new StartupException($"The seed content in {seed} cannot be imported:\n{log}");
        logger.LogInformation("Seeded the empty database from {Folder}: {Summary}", seed, summary);
    }
}

/// <summary>Migrates (and seeds an empty database) before the site starts answering.</summary>
public sealed class DatabaseStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => ContentExtensions.PrepareDatabaseAsync(services, importSeed: true, ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
