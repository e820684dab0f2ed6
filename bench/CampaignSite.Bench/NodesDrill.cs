using System.Diagnostics;
using Npgsql;

namespace CampaignSite.Bench;

/// <summary>
/// The several-nodes drill, with real processes: three site processes on one PostgreSQL database
/// (and one S3 bucket when given), reads spread over all three, five schedules falling due, and the
/// node that holds the scheduler's lease killed with SIGKILL shortly before. It reports how the
/// surviving nodes answered during the drill, when another node took the lease over, whether each
/// schedule ran exactly once, and how soon every surviving node showed the result.
/// </summary>
static class NodesDrill
{
    static readonly string[] Slugs = ["china-fashion-week", "cluster-symposium-2019", "anhui-textile-association", "urumqi-belt-and-road-2024", "waste-textile-recycling-plan"];

    public static async Task<int> RunAsync(string postgres, string? s3)
    {
        var work = Directory.CreateTempSubdirectory("campaignsite-drill").FullName;
        var database = "drill_" + Guid.NewGuid().ToString("N")[..8];
        await SearchBenchmark.Sql(postgres, $"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ToString();
        var nodes = new List<(Process Process, HttpClient Http, int Port)>();
        try
        {
            var env = new Dictionary<string, string>
            {
                ["CampaignSite__Database"] = "Postgres", ["ConnectionStrings__Default"] = connection,
                ["CampaignSite__SeedContentPath"] = Path.Combine(PageBenchmark.RepoRoot(), "content-export"),
                ["CampaignSite__Backoffice__ScheduleInterval"] = "00:00:01", ["Serilog__MinimumLevel__Default"] = "Warning",
            };
            if (s3 is not null)
            {
                var bucket = "drill-" + Guid.NewGuid().ToString("N")[..10];
                using (var client = Media.Storage.S3MediaStore.Client(new() { ServiceUrl = s3, Region = "us-east-1", AccessKey = "S3RVER", SecretKey = "S3RVER", ForcePathStyle = true }))
                    await client.PutBucketAsync(bucket);
                foreach (var (k, v) in new Dictionary<string, string>
                {
                    ["CampaignSite__Media__Storage"] = "S3", ["CampaignSite__Media__S3__ServiceUrl"] = s3, ["CampaignSite__Media__S3__Bucket"] = bucket,
                    ["CampaignSite__Media__S3__Region"] = "us-east-1", ["CampaignSite__Media__S3__AccessKey"] = "S3RVER", ["CampaignSite__Media__S3__SecretKey"] = "S3RVER",
                    ["CampaignSite__Media__S3__ForcePathStyle"] = "true",
                }) env[k] = v;
            }
            for (var i = 0; i < 3; i++)
            {
                var port = PageBenchmark.FreePort();
                var nodeEnv = new Dictionary<string, string>(env) { ["CampaignSite__DataPath"] = Path.Combine(work, $"node{i}"), ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
                var process = PageBenchmark.Start(Path.Combine(AppContext.BaseDirectory, "CampaignSite.Web.dll"), "", nodeEnv);
                var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
                await PageBenchmark.WaitFor200(http, "/healthz");
                nodes.Add((process, http, port));
            }
            Console.WriteLine($"three nodes up on one PostgreSQL database{(s3 is null ? "" : " and one S3 bucket")}");

            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            var due = DateTime.UtcNow.AddSeconds(8);
            foreach (var slug in Slugs)
                await Exec(db, $"""INSERT INTO schedules ("DocumentId", "Action", "DueUtc", "CreatedBy", "CreatedUtc") SELECT "Id", 'unpublish', @due, 'drill', now() FROM documents WHERE "Type" = 'news' AND "Slug" = '{slug}'""", due);

            // Reads over all three nodes for the whole drill.
            var clock = Stopwatch.StartNew();
            var stop = new CancellationTokenSource();
            var answers = nodes.Select(_ => (Ok: 0, Failed: 0, FailedAfterKill: 0)).ToArray();
            var killedAt = TimeSpan.MaxValue;
            var killed = -1;
            // Media only with a shared store: with Folder storage each node here has a folder of its own.
            string[] paths = s3 is null
                ? ["/", "/news", "/brands/anta", "/feeds/rss.xml", "/api/content?type=news"]
                : ["/", "/news", "/brands/anta", "/feeds/rss.xml", "/api/content?type=news", "/media/suzhou-embroidery.jpg?preset=card", "/media/xiangyunsha.jpg"];
            var load = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
            {
                for (var n = worker; !stop.IsCancellationRequested; n++)
                {
                    var i = n % 3;
                    bool ok;
                    try { ok = (await nodes[i].Http.GetAsync(paths[n / 3 % paths.Length], stop.Token)).IsSuccessStatusCode; }
                    catch (Exception) when (!stop.IsCancellationRequested) { ok = false; }
                    catch (OperationCanceledException) { break; }
                    lock (answers)
                    {
                        if (ok) answers[i].Ok++;
                        else if (i == killed) answers[i].FailedAfterKill++;
                        else answers[i].Failed++;
                    }
                }
            })).ToArray();

            await Task.Delay(5000);
            var holder = (string?)await Scalar(db, """SELECT "Holder" FROM leases WHERE "Name" = 'schedules'""");
            var pid = int.Parse(holder!.Split('/')[1]);
            killed = nodes.FindIndex(n => n.Process.Id == pid);
            Process.Start("kill", ["-9", pid.ToString()])!.WaitForExit();
            killedAt = clock.Elapsed;
            Console.WriteLine($"killed node {killed + 1} (pid {pid}), the scheduler's lease holder, at {killedAt.TotalSeconds:0.0} s; schedules due at 8.0 s");

            var ranAt = new List<TimeSpan>();
            while (clock.Elapsed < TimeSpan.FromSeconds(40) && ranAt.Count < Slugs.Length)
            {
                var done = Convert.ToInt32(await Scalar(db, """SELECT count(*) FROM schedules WHERE "DoneUtc" IS NOT NULL"""));
                while (ranAt.Count < done) ranAt.Add(clock.Elapsed);
                await Task.Delay(20);
            }
            var seen = new List<TimeSpan>();
            foreach (var (node, index) in nodes.Select((n, i) => (n, i)).Where(x => x.i != killed))
                foreach (var slug in Slugs)
                {
                    while (clock.Elapsed < TimeSpan.FromSeconds(60) && (await node.Http.GetAsync($"/news/{slug}")).StatusCode != System.Net.HttpStatusCode.NotFound) await Task.Delay(10);
                    seen.Add(clock.Elapsed);
                }
            await Task.Delay(1000);
            stop.Cancel();
            await Task.WhenAll(load);

            var audit = Convert.ToInt32(await Scalar(db, """SELECT count(*) FROM audit_log WHERE "Action" = 'schedule.run'"""));
            var changes = Convert.ToInt32(await Scalar(db, """SELECT count(*) FROM changes WHERE "Kind" = 'unpublished'"""));
            var newHolder = (string?)await Scalar(db, """SELECT "Holder" FROM leases WHERE "Name" = 'schedules'""");
            Console.WriteLine();
            Console.WriteLine("| node | answered 2xx | failed | failed after it was killed |");
            Console.WriteLine("|---|---|---|---|");
            for (var i = 0; i < 3; i++) Console.WriteLine($"| {i + 1}{(i == killed ? " (killed)" : "")} | {answers[i].Ok} | {answers[i].Failed} | {answers[i].FailedAfterKill} |");
            Console.WriteLine();
            Console.WriteLine($"schedules run: {ranAt.Count} of {Slugs.Length}, first at {(ranAt.Count > 0 ? ranAt[0].TotalSeconds : double.NaN):0.0} s, last at {(ranAt.Count > 0 ? ranAt[^1].TotalSeconds : double.NaN):0.0} s (due at 8.0 s, lease held by the killed node until at most {killedAt.TotalSeconds + 4:0.0} s)");
            Console.WriteLine($"audit lines of schedule runs: {audit}; unpublished rows in the change log: {changes}; lease now held by pid {newHolder?.Split('/')[1]}");
            Console.WriteLine($"every surviving node showed all five unpublished by {seen.Max().TotalSeconds:0.00} s ({(seen.Max() - ranAt[^1]).TotalMilliseconds:0} ms after the last run)");
            return audit == Slugs.Length && changes == Slugs.Length && answers.Where((_, i) => i != killed).All(a => a.Failed == 0) ? 0 : 1;
        }
        finally
        {
            foreach (var node in nodes) { try { if (!node.Process.HasExited) node.Process.Kill(); } catch (InvalidOperationException) { } node.Http.Dispose(); }
            NpgsqlConnection.ClearAllPools();
            await SearchBenchmark.Sql(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(work, true);
        }
    }

    static async Task Exec(NpgsqlConnection db, string sql, DateTime due)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("due", due);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<object?> Scalar(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync();
    }
}
