using System.Net;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Backoffice;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CampaignSite.IntegrationTests.Data;

/// <summary>
/// Databases made by main before migrations were generated (Data/Upgrade: dumps of a site
/// seeded with two documents and an administrator) start under today's code: the missing
/// migrations are applied, the schema becomes the model's, and content and accounts remain.
/// </summary>
public sealed class UpgradeTests
{
    const string Fixture = "main-2026-12-02";
    const string Email = "admin@example.org";
    const string Password = "Fixture-Passw0rd";

    [Fact]
    public async Task Sqlite_DatabaseFromHandWrittenMigrations_Upgrades()
    {
        using var site = new SiteFactory();
        var file = Path.Combine(site.DataPath, "campaign.db");
        Directory.CreateDirectory(site.DataPath);
        await using (var conn = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var load = conn.CreateCommand();
            load.CommandText = await Dump("sqlite");
            await load.ExecuteNonQueryAsync();
        }

        await AssertContentAndAccountsRemain(site);
        var options = new DbContextOptionsBuilder<SqliteCampaignDbContext>().UseSqlite($"Data Source={file}").Options;
        await using (var db = new SqliteCampaignDbContext(options))
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var dir = Directory.CreateTempSubdirectory("campaignsite-upgrade").FullName;
        try
        {
            var model = await MigrationsTests.SqliteSchema(Path.Combine(dir, "created.db"), db => db.Database.EnsureCreatedAsync());
            Assert.Equal(model, await MigrationsTests.SqliteSchema(file, _ => Task.CompletedTask));
        }
        finally { SqliteConnection.ClearAllPools(); Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task Postgres_DatabaseFromHandWrittenMigrations_Upgrades()
    {
        using var site = new PostgresSiteFactory();
        await using (var conn = new NpgsqlConnection(site.ConnectionString))
        {
            await conn.OpenAsync();
            await using var load = new NpgsqlCommand(await Dump("postgres"), conn);
            await load.ExecuteNonQueryAsync();
        }

        await AssertContentAndAccountsRemain(site);
        var options = new DbContextOptionsBuilder<PostgresCampaignDbContext>().UseNpgsql(site.ConnectionString).Options;
        await using (var db = new PostgresCampaignDbContext(options))
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        using var created = new PostgresSiteFactory();
        var model = await MigrationsTests.PostgresSchema(created.ConnectionString, db => db.Database.EnsureCreatedAsync());
        Assert.Equal(model, await MigrationsTests.PostgresSchema(site.ConnectionString, _ => Task.CompletedTask));
    }

    static Task<string> Dump(string provider) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "Upgrade", $"{Fixture}.{provider}.sql"));

    /// <summary>The old site's pages answer, nothing was seeded over them, and its administrator still signs in.</summary>
    static async Task AssertContentAndAccountsRemain(SiteFactory site)
    {
        var client = site.CreateClient();
        var brand = await client.GetAsync("/brands/aksu-cotton");
        Assert.Equal(HttpStatusCode.OK, brand.StatusCode);
        Assert.Contains("阿克苏", await brand.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/products/aksu-cotton-bedding-set")).StatusCode);
        // The fixture holds two documents; the seed import runs only on an empty database.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/brands/bosideng")).StatusCode);

        // The migrations since (the data_steps table first) ran, and so did the steps that read them.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(["references-backfill"], await db.DataSteps.Select(s => s.Name).ToListAsync());
            Assert.Equal(4, await db.References.CountAsync());
        }

        var admin = await EditorSession.SignInAsync(site, Email, Password);
        var (status, html) = await admin.GetAsync("/backoffice/content/brand");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("aksu-cotton", html);
    }
}
