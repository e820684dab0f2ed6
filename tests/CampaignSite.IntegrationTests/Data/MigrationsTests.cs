using CampaignSite.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CampaignSite.IntegrationTests.Data;

/// <summary>
/// The migrations must build exactly the schema the model describes, and the two generated
/// descriptions of the model (each provider's snapshot, from which `dotnet ef migrations add`
/// diffs, and its compiled model, which the site runs on) must match what the code configures.
/// </summary>
public partial class MigrationsTests
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    static CampaignDbContext Context(string provider) => provider == "sqlite"
        ? new SqliteCampaignDbContext(new DbContextOptionsBuilder<SqliteCampaignDbContext>().UseSqlite("Data Source=:memory:").Options)
        : new PostgresCampaignDbContext(new DbContextOptionsBuilder<PostgresCampaignDbContext>().UseNpgsql("Host=localhost").Options);

    [Theory, MemberData(nameof(Providers))]
    public void TheSnapshotEqualsTheModel(string provider)
    {
        using var db = Context(provider);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed since the last migration: run dotnet ef migrations add <Name> --context {db.GetType().Name} --output-dir Data/Migrations/{db.GetType().Name.Replace("CampaignDbContext", "")}");
    }

    [Theory, MemberData(nameof(Providers))]
    public void TheCompiledModelEqualsTheModel(string provider)
    {
        using var db = Context(provider);
        Assert.IsType<RuntimeModel>(db.Model, exactMatch: false);
        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.True(Describe(configured.GetRelationalModel()).SequenceEqual(Describe(db.Model.GetRelationalModel())),
            $"The compiled model is out of date: run dotnet ef dbcontext optimize --context {db.GetType().Name} (see the README)");
        Assert.Contains(Describe(db.Model.GetRelationalModel()), line => line.StartsWith("published.Fields "));
    }

    /// <summary>Every table, column, key, index and foreign key as the queries see them (the compiled model keeps no more).</summary>
    static IEnumerable<string> Describe(IRelationalModel model) => model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t =>
        t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")} {c.PropertyMappings.First().Property.ClrType.Name}")
            .Concat(t.UniqueConstraints.Select(k => $"{t.Name} key {k.Name} ({string.Join(",", k.Columns.Select(c => c.Name))})"))
            .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) {(i.IsUnique ? "unique" : "")} {i.Filter}"))
            .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} -> {f.PrincipalTable.Name} {f.OnDeleteAction}"))
            .Order(StringComparer.Ordinal));

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

    internal static async Task<List<string>> SqliteSchema(string file, Func<CampaignDbContext, Task> create)
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

    internal static async Task<List<string>> PostgresSchema(string connection, Func<CampaignDbContext, Task> create)
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
