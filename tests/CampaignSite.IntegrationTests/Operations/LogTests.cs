namespace CampaignSite.IntegrationTests.Operations;

/// <summary>The log files in DataPath/logs: one short line a request, bounded in total, warnings kept apart.</summary>
public sealed class LogTests
{
    sealed class BoundedSite(long maxBytes) : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:Logs:MaxBytes"] = maxBytes.ToString() };
    }

    static long Size(string folder) => Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) : 0;

    static async Task LoadAsync(HttpClient client, int requests)
    {
        string[] paths = ["/brands", "/news", "/heritage/suzhou-embroidery", "/feeds/rss.xml", "/en/products"];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests)
                (await client.GetAsync(paths[n % paths.Length] + "?n=" + n)).EnsureSuccessStatusCode();
        }));
    }

    [Fact]
    public async Task UnderLoad_TheLogGrowsByAShortLineARequest()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        await LoadAsync(client, 200);
        var logs = Path.Combine(site.DataPath, "logs");
        var before = Size(logs);
        const int requests = 2000;
        await LoadAsync(client, requests);
        var perRequest = (Size(logs) - before) / (double)requests;
        Assert.True(perRequest is > 30 and <= 200, $"{perRequest:0} bytes a request");
        var lines = File.ReadAllLines(Directory.GetFiles(logs, "site-*.log").Single());
        Assert.Contains(lines, l => l.EndsWith(" ms") && l.Contains("[INF] HTTP GET /en/products?n=") && l.Contains("responded 200 in"));
    }

    [Fact]
    public async Task TheLogs_StayWithinMaxBytes_AndWarningsSurviveTheRequestLog()
    {
        const long maxBytes = 256 * 1024;
        using var site = new BoundedSite(maxBytes);
        var client = site.CreateClient();
        var logs = Path.Combine(site.DataPath, "logs");
        var warnings = Directory.GetFiles(logs, "warnings-*.log").Single();
        var firstWarning = File.ReadLines(warnings).First(l => l.Contains("[WRN]"));

        await LoadAsync(client, 4_000); // over 400 KB of request lines
        var files = new DirectoryInfo(logs).GetFiles();
        Assert.True(files.Count(f => f.Name.StartsWith("site-")) > 1, "the request log rolled");
        Assert.True(Size(logs) <= maxBytes, $"{Size(logs):N0} bytes of logs");
        Assert.Contains(firstWarning, File.ReadAllLines(Directory.GetFiles(logs, "warnings-*.log").Order().First()));
    }
}
