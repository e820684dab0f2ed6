using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Data;

/// <summary>Brings the schema up to date before anything else touches the database (the first hosted service).</summary>
public sealed class DatabaseStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => MigrateAsync(services, ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        try
        {
            // Most starts find nothing to apply: two reads, without the migration lock or the model diff.
            var applied = await db.Database.GetAppliedMigrationsAsync(ct);
            if (db.Database.GetMigrations().Except(applied).Any()) await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StartupException($"The database ({db.Database.ProviderName}) cannot be opened or migrated: {e.Message}");
        }
    }
}
