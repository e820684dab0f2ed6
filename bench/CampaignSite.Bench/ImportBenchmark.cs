using System.Diagnostics;

namespace CampaignSite.Bench;

/// <summary>
/// The import verb at 20k documents: generated content (as for `pages`) loaded by the built
/// program into a fresh SQLite database, then the reindex verb building the search index from them.
/// </summary>
static class ImportBenchmark
{
    public static async Task<int> RunAsync(int documents)
    {
        var work = Directory.CreateTempSubdirectory("campaignsite-importbench").FullName;
        try
        {
            var (content, data) = (Path.Combine(work, "content"), Path.Combine(work, "data"));
            ContentGenerator.Write(content, documents);
            var web = Path.Combine(AppContext.BaseDirectory, "CampaignSite.Web.dll");
            var env = new Dictionary<string, string> { ["CampaignSite__DataPath"] = data, ["CampaignSite__SeedContentPath"] = content, ["Serilog__MinimumLevel__Default"] = "Warning" };
            var watch = Stopwatch.StartNew();
            using (var p = PageBenchmark.Start(web, $"import {content}", env))
            {
                await p.WaitForExitAsync();
                if (p.ExitCode != 0) throw new InvalidOperationException("the import failed");
            }
            var import = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"import of {documents:N0} documents: {import:0.0} s ({documents / import:0} docs/s)");
            watch.Restart();
            using (var p = PageBenchmark.Start(web, "reindex", env))
            {
                await p.WaitForExitAsync();
                if (p.ExitCode != 0) throw new InvalidOperationException("the reindex failed");
            }
            Console.WriteLine($"reindex of {documents:N0} documents: {watch.Elapsed.TotalSeconds:0.0} s ({documents / watch.Elapsed.TotalSeconds:0} docs/s)");
            return 0;
        }
        finally { Directory.Delete(work, true); }
    }
}
