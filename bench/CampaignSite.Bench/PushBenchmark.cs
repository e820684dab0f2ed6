using System.Collections.Concurrent;
using System.Diagnostics;
using CampaignSite.Content;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Content.Webhooks;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Media;
using CampaignSite.Operations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Bench;

/// <summary>
/// How fast a publish reaches a partner's webhook receiver: two whole site hosts in this process on one
/// database, both with the same endpoint (a Kestrel receiver on loopback); each publish on node A is timed
/// from just before the save to the moment the receiver has the signed POST. The baseline, in the same
/// run and from the same start, is node B's follower getting the change (what every node's caches
/// wait for): the ratio is what planning, claiming and sending add on top of following the log.
/// </summary>
static class PushBenchmark
{
    sealed class Arrivals : IChangeHandler
    {
        public readonly ConcurrentDictionary<long, long> At = new();
        public Task ApplyAsync(IReadOnlyList<ChangeRecord> changes, CancellationToken ct)
        {
            foreach (var c in changes) At.TryAdd(c.Id, Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        }
        public Task ResetAsync(CancellationToken ct) => Task.CompletedTask;
    }

    public static async Task<int> RunAsync(int publishes, string? postgres)
    {
        var received = new ConcurrentDictionary<string, long>();
        var receiverBuilder = WebApplication.CreateSlimBuilder();
        receiverBuilder.Logging.ClearProviders();
        receiverBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = receiverBuilder.Build();
        receiver.MapPost("/hook", async (HttpRequest r) =>
        {
            var body = await new StreamReader(r.Body).ReadToEndAsync();
            received.TryAdd(body, Stopwatch.GetTimestamp());
            return Results.Ok();
        });
        await receiver.StartAsync();
        var url = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

        Console.WriteLine("| database | publishes | commit → other node's follower p50 (baseline) | p99 | commit → webhook received p50 | p99 | max | p50 ratio |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (label, connection) in postgres is null ? [("SQLite (polling, 1 s)", (string?)null)] : new[] { ("SQLite (polling, 1 s)", (string?)null), ("PostgreSQL (LISTEN/NOTIFY)", postgres) })
        {
            received.Clear();
            var (sa, sb, drop) = await ChangesBenchmark.SettingsAsync(connection, TimeSpan.FromSeconds(1));
            foreach (var s in new[] { sa, sb })
            {
                s["CampaignSite:Webhooks:AllowPrivateTargets"] = "true";
                s["CampaignSite:Webhooks:bench:Url"] = url;
                s["CampaignSite:Webhooks:bench:Secret"] = "a-benchmark-secret-1234";
                s["CampaignSite:Webhooks:bench:Events"] = "content.published";
            }
            try
            {
                var arrivals = new Arrivals();
                await using var a = await NodeAsync(sa, null);
                await using var b = await NodeAsync(sb, arrivals);
                var (follow, push) = (new List<double>(), new List<double>());
                for (var i = 0; i < publishes; i++)
                {
                    await using var scope = a.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
                    var id = await db.Documents.Where(d => d.Slug == "anta").Select(d => d.Id).SingleAsync();
                    var variants = await db.LatestVariantsAsync(DocumentTypes.Find("brand")!, id);
                    var title = $"安踏：{label} 第 {i} 次推送";
                    variants[Cultures.Chinese].Title = title;
                    var started = Stopwatch.GetTimestamp();
                    var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "bench", publish: true);
                    if (!saved.Succeeded) throw new InvalidOperationException(string.Join("; ", saved.Errors));
                    var change = await db.Changes.MaxAsync(c => c.Id);
                    var wait = Stopwatch.StartNew();
                    long got = 0, followed = 0;
                    while (got == 0 || followed == 0)
                    {
                        got = received.FirstOrDefault(r => r.Key.Contains(title)).Value;
                        arrivals.At.TryGetValue(change, out followed);
                        if (wait.Elapsed > TimeSpan.FromSeconds(15)) throw new TimeoutException($"publish {i} was not both followed and delivered");
                        await Task.Delay(1);
                    }
                    follow.Add(Stopwatch.GetElapsedTime(started, followed).TotalMilliseconds);
                    push.Add(Stopwatch.GetElapsedTime(started, got).TotalMilliseconds);
                    await Task.Delay(Random.Shared.Next(0, 1000)); // a random phase against the nodes' polls
                }
                var (f, p) = (Load.Percentiles.Of([.. follow]), Load.Percentiles.Of([.. push]));
                Console.WriteLine($"| {label} | {publishes} | {f.P50:0.0} ms | {f.P99:0.0} ms | {p.P50:0.0} ms | {p.P99:0.0} ms | {push.Max():0.0} ms | {p.P50 / f.P50:0.00}× |");
            }
            finally { await drop(); }
        }
        return 0;
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
        builder.AddWebhooks();
        if (arrivals is not null) builder.Services.AddSingleton(arrivals);
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
