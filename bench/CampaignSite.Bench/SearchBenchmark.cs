using System.Diagnostics;
using CampaignSite.Content;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Operations;
using CampaignSite.Search;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Bench;

/// <summary>
/// Issue-3 targets: index build rate, index size and server-side query latency at 100k documents,
/// on SQLite and (with a connection string) PostgreSQL. The text is realistic: sentences drawn
/// from the site's own content, so word frequencies look like the real corpus.
/// </summary>
static class SearchBenchmark
{
    public static async Task<int> RunAsync(int documents, string? postgres)
    {
        Console.WriteLine($"| backend | documents | index build | index size | query | p50 | p95 | p99 | matches (median) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        await RunOne("SQLite", documents, null);
        if (postgres is not null) await RunOne("PostgreSQL", documents, postgres);
        return 0;
    }

    static async Task RunOne(string backend, int documents, string? postgres)
    {
        var data = Directory.CreateTempSubdirectory("campaignsite-searchbench").FullName;
        var settings = new Dictionary<string, string?> { ["CampaignSite:DataPath"] = data, ["Serilog:MinimumLevel:Default"] = "Warning" };
        string? database = null;
        if (postgres is not null)
        {
            database = "bench_" + Guid.NewGuid().ToString("N")[..8];
            await Sql(postgres, $"CREATE DATABASE {database}");
            settings["CampaignSite:Database"] = "Postgres";
            settings["ConnectionStrings:Default"] = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = database }.ToString();
        }
        try
        {
            var builder = WebApplication.CreateBuilder();
            builder.Configuration.AddInMemoryCollection(settings);
            builder.AddOperations();
            builder.AddCampaignData();
            builder.AddContent();
            builder.AddSearch();
            await using var app = builder.Build();
            await CampaignSite.Data.DatabaseStartup.MigrateAsync(app.Services);

            await using (var scope = app.Services.CreateAsyncScope())
                await Populate(scope.ServiceProvider.GetRequiredService<CampaignDbContext>(), documents);

            double seconds;
            var before = await IndexSize(app.Services, data);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var watch = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(TextWriter.Null);
                seconds = watch.Elapsed.TotalSeconds;
            }
            var size = await IndexSize(app.Services, data) - before;
            var sizeText = $"{size / 1048576.0:0.0} MiB";
            var build = $"{documents / seconds:0} docs/s ({seconds:0.0} s)";
            foreach (var (label, queries) in Queries)
            {
                var times = new List<double>();
                var matches = new List<int>();
                for (var round = 0; round < 3; round++)
                    foreach (var q in queries)
                    {
                        await using var scope = app.Services.CreateAsyncScope();
                        var search = scope.ServiceProvider.GetRequiredService<SearchService>();
                        var watch = Stopwatch.StartNew();
                        var result = await search.SearchAsync(new SearchRequest(q, Cultures.Chinese, new ListFilter(), false, 1, 10));
                        if (round > 0) { times.Add(watch.Elapsed.TotalMilliseconds); matches.Add(result.Total); }
                    }
                var p = CampaignSite.Bench.Load.Percentiles.Of([.. times]);
                matches.Sort();
                Console.WriteLine($"| {backend} | {documents:N0} | {build} | {sizeText} | {label} | {p.P50:0.00} ms | {p.P95:0.00} ms | {p.P99:0.00} ms | {matches[matches.Count / 2]:N0} |");
                build = sizeText = "";
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (postgres is not null) await Sql(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(data, true);
        }
    }

    // Two-term Chinese queries are what the public types most (苏绣 工艺, 新疆 服装).
    static readonly (string Label, string[] Queries)[] Queries =
    [
        ("1 term", ["苏绣", "云锦", "香云纱", "羽绒服", "扎染", "集群", "品牌", "废旧", "brocade", "绣"]),
        ("2 terms (Chinese)", ["新疆 服装", "苏绣 工艺", "云锦 织造", "绿色 印染", "品牌 设计", "羽绒服 常熟", "集群 转移", "棉花 阿克苏", "非遗 时尚", "染色 废水"]),
        ("3 terms", ["新疆 服装 一带一路", "苏绣 工艺 传承", "绿色 低碳 印染", "品牌 设计 时装周", "棉 纺织 新疆", "废旧 纺织品 回收", "智能 制造 纺纱", "非遗 现代 时尚", "丝绸 盛泽 集群", "扎染 大理 白族"]),
    ];

    static async Task<long> IndexSize(IServiceProvider services, string data)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        // SQLite here has no dbstat table: the index is what the used pages grew by while it was built.
        var sql = db.Database.IsNpgsql()
            ? "SELECT pg_total_relation_size('search_documents') AS \"Value\""
            : "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size()) - (SELECT freelist_count FROM pragma_freelist_count()) * (SELECT page_size FROM pragma_page_size()) AS \"Value\"";
        if (!db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        return (await db.Database.SqlQueryRaw<long>(sql).ToListAsync()).Single();
    }

    /// <summary>Writes published rows directly (no validation, no index): the index is then built on its own and timed.</summary>
    static async Task Populate(CampaignDbContext db, int documents)
    {
        var sentences = Corpus();
        var random = new Random(7);
        string Text(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => sentences[random.Next(sentences.Length)]));
        var provinces = Provinces.All.Select(p => p.Id).ToArray();
        var now = DateTime.UtcNow;
        for (var start = 0; start < documents; start += 2000)
        {
            var batch = Enumerable.Range(start, Math.Min(2000, documents - start)).ToList();
            var records = batch.Select(i => new DocumentRecord { Type = DocumentTypes.All[i % 5].Name, Slug = $"doc-{i}", CreatedUtc = now, UpdatedUtc = now, LatestVersion = 1 }).ToList();
            db.Documents.AddRange(records);
            await db.SaveChangesAsync();
            foreach (var (record, i) in records.Zip(batch))
            {
                var type = DocumentTypes.Find(record.Type)!;
                var doc = type.Create();
                var title = Text(1);
                doc.Title = title[..Math.Min(30, title.Length)];
                doc.Slug = record.Slug;
                doc.Summary = Text(2);
                doc.Body = Text(8);
                doc.Tasks = [(TaskArea)(i % 5)];
                doc.Tags = [sentences[i % sentences.Length][..3]];
                doc.Region = new Region { Province = provinces[i % provinces.Length] };
                doc.Published = DateTimeOffset.UtcNow.AddMinutes(-i);
                foreach (var row in PublishedProjection.Rows(record, 0, new Dictionary<string, Document> { [Cultures.Chinese] = doc }, now))
                    db.Published.Add(row);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The sentences of the site's own Chinese content.</summary>
    static string[] Corpus()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "content-export");
        return Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories).Where(f => !f.EndsWith(".en.md") && !f.EndsWith("README.md"))
            .Select(f => DocumentReader.Read(File.ReadAllText(f), Cultures.Chinese).Document!)
            .SelectMany(d => (d.Summary + d.Body).Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 6).Select(s => s + "。").ToArray();
    }

    internal static async Task Sql(string connection, string sql)
    {
        await using var conn = new Npgsql.NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
