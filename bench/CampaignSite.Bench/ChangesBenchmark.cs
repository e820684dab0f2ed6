using System.Diagnostics;
using CampaignSite.Content;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Media;
using CampaignSite.Operations;
using CampaignSite.Search;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Bench;

/// <summary>
/// How fast a publish on one node reaches another: two nodes in this process (each a whole site
/// host with its own follower) on one database; 200 publishes on node A, each timed from just
/// before the save to the moment node B's follower hands the change to its handlers. Polling only
/// on SQLite, LISTEN/NOTIFY on PostgreSQL. Then the cost of following on an idle node: the
/// process's CPU over 20 s with the follower polling every second, against the same process with
/// followers that poll once a minute (the baseline).
/// </summary>
static class ChangesBenchmark
{
    public static async Task<int> RunAsync(int publishes, string? postgres)
    {
        Console.WriteLine("| database | publishes | commit → other node p50 | p99 | max |");
        Console.WriteLine("|---|---|---|---|---|");
        await RunOne("SQLite (polling, 1 s)", publishes, null);
        if (postgres is not null) await RunOne("PostgreSQL (LISTEN/NOTIFY, polling 1 s)", publishes, postgres);
        Console.WriteLine();
        Console.WriteLine("| two idle nodes, 20 s | CPU of the process | log reads per second per node |");
        Console.WriteLine("|---|---|---|");
        await IdleAsync(postgres);
        return 0;
    }

    sealed class Arrivals : IChangeHandler
    {
        public readonly Dictionary<long, long> At = [];
        public Task ApplyAsync(IReadOnlyList<ChangeRecord> changes, CancellationToken ct)
        {
            lock (At) foreach (var c in changes) At.TryAdd(c.Id, Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        }
        public Task ResetAsync(CancellationToken ct) => Task.CompletedTask;
    }

    static async Task<WebApplication> NodeAsync(Dictionary<string, string?> settings, IChangeHandler? arrivals)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddOperations();
        builder.AddCampaignData();
        builder.AddContent();
        builder.AddMedia();
        builder.AddSearch();
        if (arrivals is not null) builder.Services.AddSingleton(arrivals);
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }

    internal static async Task<(Dictionary<string, string?> A, Dictionary<string, string?> B, Func<Task> Drop)> SettingsAsync(string? postgres, TimeSpan poll)
    {
        var root = Directory.CreateTempSubdirectory("campaignsite-changesbench").FullName;
        Dictionary<string, string?> Node(string name) => new()
        {
            ["CampaignSite:DataPath"] = Path.Combine(root, name), ["CampaignSite:SeedContentPath"] = Path.Combine(PageBenchmark.RepoRoot(), "content-export"),
            ["CampaignSite:Changes:PollInterval"] = poll.ToString(), ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        var (a, b) = (Node("a"), Node("b"));
        if (postgres is null)
        {
            // One SQLite file for both, as the command line and the site share one.
            b["ConnectionStrings:Default"] = a["ConnectionStrings:Default"] = $"Data Source={Path.Combine(root, "campaign.db")};Pooling=true";
            return (a, b, () => { Directory.Delete(root, true); return Task.CompletedTask; });
        }
        var database = "bench_" + Guid.NewGuid().ToString("N")[..8];
        await SearchBenchmark.Sql(postgres, $"CREATE DATABASE {database}");
        foreach (var s in new[] { a, b })
        {
            s["CampaignSite:Database"] = "Postgres";
            s["ConnectionStrings:Default"] = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = database }.ToString();
        }
        return (a, b, async () =>
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await SearchBenchmark.Sql(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(root, true);
        });
    }

    static async Task RunOne(string label, int publishes, string? postgres)
    {
        var (sa, sb, drop) = await SettingsAsync(postgres, TimeSpan.FromSeconds(1));
        try
        {
            var arrivals = new Arrivals();
            await using var a = await NodeAsync(sa, null);
            await using var b = await NodeAsync(sb, arrivals);
            var latencies = new List<double>();
            for (var i = 0; i < publishes; i++)
            {
                await using var scope = a.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
                var id = await db.Documents.Where(d => d.Slug == "china-fashion-week").Select(d => d.Id).SingleAsync();
                var variants = await db.LatestVariantsAsync(DocumentTypes.Find("news")!, id);
                variants[Cultures.Chinese].Summary = $"第 {i} 次发布的摘要。";
                var started = Stopwatch.GetTimestamp();
                var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "bench", publish: true);
                if (!saved.Succeeded) throw new InvalidOperationException(string.Join("; ", saved.Errors));
                var change = await db.Changes.MaxAsync(c => c.Id);
                long arrived;
                var wait = Stopwatch.StartNew();
                while (true)
                {
                    lock (arrivals.At) if (arrivals.At.TryGetValue(change, out arrived)) break;
                    if (wait.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException($"change {change} never reached node B");
                    await Task.Delay(1);
                }
                latencies.Add(Stopwatch.GetElapsedTime(started, arrived).TotalMilliseconds);
                await Task.Delay(Random.Shared.Next(0, 1000)); // a random phase against node B's poll, as real publishes have
            }
            var p = Load.Percentiles.Of([.. latencies]);
            Console.WriteLine($"| {label} | {publishes} | {p.P50:0.0} ms | {p.P99:0.0} ms | {latencies.Max():0.0} ms |");
        }
        finally { await drop(); }
    }

    static async Task IdleAsync(string? postgres)
    {
        foreach (var (label, poll) in new[] { ("followers polling every minute (baseline)", TimeSpan.FromMinutes(1)), ("followers polling every second", TimeSpan.FromSeconds(1)) })
        {
            var (sa, sb, drop) = await SettingsAsync(postgres, poll);
            try
            {
                await using var a = await NodeAsync(sa, null);
                await using var b = await NodeAsync(sb, null);
                await Task.Delay(2000);
                long Reads() => a.Services.GetRequiredService<ChangeFollower>().State.Reads + b.Services.GetRequiredService<ChangeFollower>().State.Reads;
                var (cpu, reads) = (Process.GetCurrentProcess().TotalProcessorTime, Reads());
                var wall = Stopwatch.StartNew();
                await Task.Delay(TimeSpan.FromSeconds(20));
                var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / wall.Elapsed.TotalSeconds;
                var queries = (Reads() - reads) / wall.Elapsed.TotalSeconds / 2; // per node
                Console.WriteLine($"| {label}{(postgres is null ? ", SQLite" : ", PostgreSQL")} | {used:0.0} ms CPU per second ({used / 10:0.00} % of one core) | {queries:0} |");
            }
            finally { await drop(); }
        }
    }
}
