using CampaignSite.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CampaignSite.IntegrationTests.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema the model describes. The search
/// tables are outside the EF model (FTS5, tsvector) and are tested by the search tests.
/// </summary>
public partial class MigrationsTests
{
    [Fact]
    public async Task Sqlite_MigratedSchemaEqualsTheModel()
    {
        var dir = Directory.CreateTempSubdirectory("campaignsite-migrations").FullName;
        try
        {
            var migrated = await SqliteSchema(Path.Combine(dir, "migrated.db"), db => db.Database.MigrateAsync());
            var created = await SqliteSchema(Path.Combine(dir, "created.db"), db => db.Database.EnsureCreatedAsync());
            Assert.Equal(created, migrated);
            Assert.Contains(migrated, s => s.Contains("CREATE TABLE \"published\""));
        }
        finally { SqliteConnection.ClearAllPools(); Directory.Delete(dir, true); }
    }

    static async Task<List<string>> SqliteSchema(string file, Func<CampaignDbContext, Task> create)
    {
        var options = new DbContextOptionsBuilder<SqliteCampaignDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteCampaignDbContext(options);
        await create(db);
        var sql = await db.Database.SqlQueryRaw<string>(
            "SELECT sql AS \"Value\" FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search%' ORDER BY name").ToListAsync();
        // ALTER TABLE ADD COLUMN appends to the stored statement with its own spacing; only the words matter.
        return sql.Select(s => Whitespace().Replace(s, " ").Replace("( ", "(").Replace(" )", ")").Replace(" ,", ",")).ToList();
    }

    [Fact]
    public async Task Postgres_MigratedSchemaEqualsTheModel()
    {
        using var migratedDb = new PostgresSiteFactory();
        using var createdDb = new PostgresSiteFactory();
        var migrated = await PostgresSchema(migratedDb.ConnectionString, db => db.Database.MigrateAsync());
        var created = await PostgresSchema(createdDb.ConnectionString, db => db.Database.EnsureCreatedAsync());
        Assert.Equal(created, migrated);
        Assert.Contains(migrated, s => s.StartsWith("published.Fields text NO"));
    }

    static async Task<List<string>> PostgresSchema(string connection, Func<CampaignDbContext, Task> create)
    {
        var options = new DbContextOptionsBuilder<PostgresCampaignDbContext>().UseNpgsql(connection).Options;
        await using (var db = new PostgresCampaignDbContext(options)) await create(db);
        var rows = new List<string>();
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        foreach (var sql in new[]
        {
            "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '') || ' ' || coalesce(is_identity, '') FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%' AND table_name NOT LIKE 'search%'",
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%' AND tablename NOT LIKE 'search%'",
            "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '%EFMigrations%' AND conname NOT LIKE 'search%'",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")] private static partial System.Text.RegularExpressions.Regex Whitespace();
}
