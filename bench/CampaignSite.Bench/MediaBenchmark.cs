using System.Diagnostics;
using CampaignSite.Media.Imaging;

namespace CampaignSite.Bench;

/// <summary>
/// Image pipeline targets, each against a baseline from the same run: the first request of a
/// variant vs NetVips' own thumbnail of the same files in this process (the same bundled libvips,
/// no HTTP, no cache), cache hits vs Kestrel serving the same
/// bytes as a static file, and the site's peak memory while 100 new variants are asked at once.
/// </summary>
static class MediaBenchmark
{
    const string Key = "bench-key";
    static readonly ImageSigner Signer = new(System.Text.Encoding.UTF8.GetBytes(Key));

    public static async Task<int> RunAsync(int seconds)
    {
        var work = Directory.CreateTempSubdirectory("campaignsite-media-bench").FullName;
        try
        {
            var content = Path.Combine(PageBenchmark.RepoRoot(), "content-export");
            var files = Directory.GetFiles(Path.Combine(content, "media"), "*.jpg").Order(StringComparer.Ordinal).ToArray();
            var port = PageBenchmark.FreePort();
            var env = new Dictionary<string, string>
            {
                ["CampaignSite__DataPath"] = Path.Combine(work, "data"), ["CampaignSite__SeedContentPath"] = content,
                ["CampaignSite__Media__HmacKey"] = Key, ["Serilog__MinimumLevel__Default"] = "Warning", ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            };
            using var site = PageBenchmark.Start(Path.Combine(AppContext.BaseDirectory, "CampaignSite.Web.dll"), "", env);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            await PageBenchmark.WaitFor200(http, "/healthz");
            await http.GetAsync(Url(files[0], 100, 100, 1)); // JIT and libvips warm-up, not counted

            // 1. First request of a variant (640 × 360 box, JPEG q80, metadata stripped), vs vipsthumbnail on the same files.
            var first = Stopwatch.StartNew();
            foreach (var file in files) (await http.GetAsync(Url(file, 640, 360, 80))).EnsureSuccessStatusCode();
            var siteMs = first.Elapsed.TotalMilliseconds / files.Length;
            var direct = DirectThumbnailMs(files);
            var webp = await FirstRequestsAsync(http, files, "webp");
            var avif = await FirstRequestsAsync(http, files, "avif");

            // 2. Cache hits vs Kestrel's static files serving the same bytes.
            var hit = Url(files[3], 640, 360, 80);
            var bytes = await http.GetByteArrayAsync(hit);
            var staticDir = Directory.CreateDirectory(Path.Combine(work, "static")).FullName;
            await File.WriteAllBytesAsync(Path.Combine(staticDir, "v.jpg"), bytes);
            var basePort = PageBenchmark.FreePort();
            using var baseline = PageBenchmark.Start("dotnet", $"{typeof(MediaBenchmark).Assembly.Location} baseline-static {basePort} {staticDir}", [], raw: true);
            using var baseHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{basePort}") };
            await PageBenchmark.WaitFor200(baseHttp, "/v.jpg");
            double hitRate = 0, staticRate = 0;
            for (var round = 0; round < 2; round++)
            {
                hitRate = Math.Max(hitRate, await Load.ThroughputAsync(http, _ => hit, seconds));
                staticRate = Math.Max(staticRate, await Load.ThroughputAsync(baseHttp, _ => "/v.jpg", seconds));
            }
            baseline.Kill(true);

            // 3. Peak memory while 100 new variants are asked for at the same time.
            var before = Memory(site.Id);
            var burst = Stopwatch.StartNew();
            var urls = Enumerable.Range(0, 100).Select(i => Url(files[i % files.Length], 1000 - i, 700 - i, 75, i % 3 == 0 ? "webp" : "jpg")).ToList();
            var answers = await Task.WhenAll(urls.Select(u => http.GetAsync(u)));
            var burstTime = burst.Elapsed;
            var after = Memory(site.Id);
            var failed = answers.Count(a => !a.IsSuccessStatusCode);
            site.Kill(true);

            Console.WriteLine();
            Console.WriteLine($"| measure ({files.Length} JPEG covers of 1200 × 675, {Environment.ProcessorCount} cores) | result | target |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine($"| first request of a 640 × 360 JPEG variant, over HTTP (mean of {files.Length}) | {siteMs:0.0} ms | |");
            Console.WriteLine($"| NetVips `Image.Thumbnail` + JPEG save in this process, same files (per file) | {direct:0.0} ms | |");
            Console.WriteLine($"| **ratio site / NetVips thumbnail** | **{siteMs / direct:0.00}×** | ≤ 1.1× |");
            Console.WriteLine($"| first request, WebP / AVIF variant (mean) | {webp:0.0} / {avif:0.0} ms | |");
            Console.WriteLine($"| cache hit, {bytes.Length:N0}-byte variant | {hitRate:0} req/s | |");
            Console.WriteLine($"| Kestrel static file, same bytes (baseline) | {staticRate:0} req/s | |");
            Console.WriteLine($"| **ratio cache hit / static file** | **{hitRate / staticRate:0.00}×** | ≥ 0.9× |");
            Console.WriteLine($"| 100 concurrent new variants (up to 1000 × 700, JPEG and WebP): time, failures | {burstTime.TotalSeconds:0.00} s, {failed} | |");
            Console.WriteLine($"| site memory: resident before / after / peak (VmHWM) | {before.Rss / 1e6:0} / {after.Rss / 1e6:0} / {after.Peak / 1e6:0} MB | |");
            return 0;
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { }
        }
    }

    static string Url(string file, int width, int height, int quality, string format = "jpg")
    {
        var path = "media/" + Path.GetFileName(file);
        var commands = new ImageCommands { Width = width, Height = height, Quality = quality, Format = format == "webp" ? ImageFormat.WebP : format == "avif" ? ImageFormat.Avif : ImageFormat.Jpeg };
        return $"/{path}?{commands.Normalized}&hmac={Signer.Sign(path, commands)}";
    }

    static async Task<double> FirstRequestsAsync(HttpClient http, string[] files, string format)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in files) (await http.GetAsync(Url(file, 640, 360, 80, format))).EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds / files.Length;
    }

    /// <summary>The baseline: the same 640 × 360 box, JPEG q80 without metadata, straight through NetVips (one warm-up first).</summary>
    static double DirectThumbnailMs(string[] files)
    {
        NetVips.Cache.Max = 0;
        Thumb(files[0]);
        var watch = Stopwatch.StartNew();
        foreach (var file in files) Thumb(file);
        return watch.Elapsed.TotalMilliseconds / files.Length;

        static void Thumb(string file)
        {
            using var image = NetVips.Image.Thumbnail(file, 640, 360);
            _ = image.JpegsaveBuffer(q: 80, keep: NetVips.Enums.ForeignKeep.None);
        }
    }

    /// <summary>Resident and peak resident memory of a process, from /proc.</summary>
    static (long Rss, long Peak) Memory(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        long Kb(string key) => long.Parse(lines.First(l => l.StartsWith(key)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return (Kb("VmRSS:"), Kb("VmHWM:"));
    }
}
