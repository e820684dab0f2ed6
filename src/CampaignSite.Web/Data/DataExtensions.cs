using CampaignSite.Data.Changes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
                builder.Services.AddDbContextPool<CampaignDbContext, SqliteCampaignDbContext>(o => o.UseSqlite(connection));
                break;
            case "postgres":
                if (string.IsNullOrWhiteSpace(connection))
                    throw new StartupException("CampaignSite:Database is Postgres but ConnectionStrings:Default is empty. Set it, for example: Host=localhost;Database=campaignsite;Username=campaign;Password=...");
                builder.Services.AddDbContextPool<CampaignDbContext, PostgresCampaignDbContext>(o => o.UseNpgsql(connection));
                break;
            default:
                throw new StartupException($"CampaignSite:Database is '{site.Database}'; it must be Sqlite or Postgres.");
        }
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.AddChanges(site.Database.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? connection : null);
        return builder;
    }

    /// <summary>The change log every process follows (after the migration, which creates it): follower, cleanup, and on PostgreSQL a listener.</summary>
    static void AddChanges(this WebApplicationBuilder builder, string? postgres)
    {
        builder.Services.AddOptions<ChangeOptions>().BindConfiguration(ChangeOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromMinutes(1) && o.Retention >= TimeSpan.FromHours(1),
                "CampaignSite:Changes needs a PollInterval above zero and at most a minute, and a Retention of at least an hour")
            .ValidateOnStart();
        builder.Services.AddSingleton<ChangeFollower>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeFollower>());
        builder.Services.AddHostedService<ChangeCleanup>();
        if (postgres is not null)
            builder.Services.AddHostedService(sp => new ChangeListener(postgres, sp.GetRequiredService<ChangeFollower>(), sp.GetRequiredService<ILogger<ChangeListener>>()));
        builder.Services.AddHealthChecks().AddCheck<FollowerHealthCheck>("changes");
    }
}
