using System.Diagnostics;
using CampaignSite.Content;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Operations;
using CampaignSite.Search;
using CampaignSite.Search.Index;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Bench;

/// <summary>
/// Search at 100k documents: the index build rate and size, the node's memory under search load,
/// and server time for 1-, 2- and 3-term queries through SearchService (facets over every match and
/// one page of highlighted snippets included), next to raw Lucene on the same index (the same
/// tokens as a BooleanQuery of TermQuerys in the text field, top 10) as the baseline. The text is
/// realistic: sentences drawn from the site's own content.
/// </summary>
static class SearchBenchmark
{
    public static async Task<int> RunAsync(int documents, string? postgres)
    {
        Console.WriteLine("| database | documents | index build | index size | query | p50 | p95 | p99 | raw Lucene p50 / p95 | ratio p95 | matches (median) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
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

            var index = app.Services.GetRequiredService<SearchIndex>();
            var watch = Stopwatch.StartNew();
            if (!await index.RebuildAsync(TextWriter.Null)) throw new InvalidOperationException("the rebuild did not run");
            var seconds = watch.Elapsed.TotalSeconds;
            var size = Directory.GetFiles(index.Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var sizeText = $"{size / 1048576.0:0.0} MiB";
            var build = $"{documents / seconds:0} docs/s ({seconds:0.0} s)";
            foreach (var (label, queries) in Queries)
            {
                var (times, raw, matches) = (new List<double>(), new List<double>(), new List<int>());
                for (var round = 0; round < 6; round++)
                    foreach (var q in queries)
                    {
                        await using var scope = app.Services.CreateAsyncScope();
                        var search = scope.ServiceProvider.GetRequiredService<SearchService>();
                        watch.Restart();
                        var result = await search.SearchAsync(new SearchRequest(q, Cultures.Chinese, new ListFilter(), false, 1, 10));
                        var ours = watch.Elapsed.TotalMilliseconds;
                        var baseline = index.Search(s => RawLucene(s, q));
                        if (round == 0) continue; // warm-up
                        times.Add(ours);
                        raw.Add(baseline);
                        matches.Add(result.Total);
                    }
                var p = CampaignSite.Bench.Load.Percentiles.Of([.. times]);
                var r = CampaignSite.Bench.Load.Percentiles.Of([.. raw]);
                matches.Sort();
                Console.WriteLine($"| {backend} | {documents:N0} | {build} | {sizeText} | {label} | {p.P50:0.00} ms | {p.P95:0.00} ms | {p.P99:0.00} ms | {r.P50:0.00} / {r.P95:0.00} ms | {p.P95 / r.P95:0.0}× | {matches[matches.Count / 2]:N0} |");
                build = sizeText = "";
            }
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"memory after the search load: working set {process.WorkingSet64 / 1048576.0:0} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MiB (index files are memory-mapped, counted in the working set as they are read)");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (postgres is not null) await Sql(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            try { Directory.Delete(data, true); } catch (IOException) { }
        }
    }

    /// <summary>The baseline: the query's tokens, all required, in the body field, top 10 by score; nothing else.</summary>
    static double RawLucene(Lucene.Net.Search.IndexSearcher searcher, string q)
    {
        var watch = Stopwatch.StartNew();
        var query = new Lucene.Net.Search.BooleanQuery();
        foreach (var token in CampaignSite.Search.Analysis.SearchAnalyzer.Tokens(q))
            query.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(CampaignSite.Search.Index.SearchFields.Text, token)), Lucene.Net.Search.Occur.MUST);
        searcher.Search(query, 10);
        return watch.Elapsed.TotalMilliseconds;
    }

    // Two-term Chinese queries are what the public types most (苏绣 工艺, 新疆 服装).
    static readonly (string Label, string[] Queries)[] Queries =
    [
        ("1 term", ["苏绣", "云锦", "香云纱", "羽绒服", "扎染", "集群", "品牌", "废旧", "brocade", "绣"]),
        ("2 terms (Chinese)", ["新疆 服装", "苏绣 工艺", "云锦 织造", "绿色 印染", "品牌 设计", "羽绒服 常熟", "集群 转移", "棉花 阿克苏", "非遗 时尚", "染色 废水"]),
        ("3 terms", ["新疆 服装 一带一路", "苏绣 工艺 传承", "绿色 低碳 印染", "品牌 设计 时装周", "棉 纺织 新疆", "废旧 纺织品 回收", "智能 制造 纺纱", "非遗 现代 时尚", "丝绸 盛泽 集群", "扎染 大理 白族"]),
    ];

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
