using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampaignSite.Data;

public static class DataExtensions
{
    /// <summary>Registers the database chosen by CampaignSite:Database: an SQLite file in DataPath by default, or PostgreSQL.</summary>
    public static WebApplicationBuilder AddCampaignData(this WebApplicationBuilder builder)
    {
        var site = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
        var connection = builder.Configuration.GetConnectionString("Default");
        switch (site.Database.ToLowerInvariant())
        {
            case "sqlite":
                connection = string.IsNullOrWhiteSpace(connection)
                    ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(SitePaths.DataPath(builder), "campaign.db"), Pooling = true }.ToString()
                    : connection;
                builder.Services.AddDbContextPool<CampaignDbContext, SqliteCampaignDbContext>(o => Configure(o).UseSqlite(connection));
                break;
            case "postgres":
                if (string.IsNullOrWhiteSpace(connection))
                    throw new StartupException("CampaignSite:Database is Postgres but ConnectionStrings:Default is empty. Set it, for example: Host=localhost;Database=campaignsite;Username=campaign;Password=...");
                builder.Services.AddDbContextPool<CampaignDbContext, PostgresCampaignDbContext>(o => Configure(o).UseNpgsql(connection));
                break;
            default:
                throw new StartupException($"CampaignSite:Database is '{site.Database}'; it must be Sqlite or Postgres.");
        }
        builder.Services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    // The migrations are written by hand (no design-time snapshot), so the snapshot check is off;
    // MigrationsTests compares the migrated schema with the model instead.
    static DbContextOptionsBuilder Configure(DbContextOptionsBuilder o) =>
        o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
