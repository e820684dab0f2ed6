using System.Diagnostics;

namespace CampaignSite.Bench;

/// <summary>
/// Cold start to the first 200 of `/`, published with ReadyToRun as deployed, on the seeded site
/// (the repository's content-export) and on generated documents; against the cold start of a
/// bare Kestrel process answering one in-memory page (`baseline-server`) in the same run.
/// Each is started `runs` times, alternating, and reported as best and median. The site is
/// also published self-contained with composite ReadyToRun code (framework and site compiled
/// ahead of time together), the fastest-starting deployment .NET offers short of Native AOT.
/// </summary>
static class ColdStartBenchmark
{
    public static async Task<int> RunAsync(int documents, int runs)
    {
        var work = Directory.CreateTempSubdirectory("campaignsite-coldstart").FullName;
        try
        {
            var published = Path.Combine(work, "published");
            Console.WriteLine("publishing the site (Release, ReadyToRun)");
            await PageBenchmark.PublishAsync(published);
            var web = Path.Combine(published, "CampaignSite.Web.dll");
            var composite = Path.Combine(work, "composite");
            Console.WriteLine("publishing the site (Release, self-contained, composite ReadyToRun)");
            await PageBenchmark.PublishAsync(composite, "--self-contained true -p:PublishReadyToRunComposite=true");
            var compositeExe = Path.Combine(composite, "CampaignSite.Web");

            var seeded = new Dictionary<string, string> { ["CampaignSite__DataPath"] = Path.Combine(work, "seeded"), ["Serilog__MinimumLevel__Default"] = "Warning" };
            await PageBenchmark.ColdStartAsync(web, seeded); // the first start imports content-export
            var generated = new Dictionary<string, string>(seeded) { ["CampaignSite__DataPath"] = Path.Combine(work, "generated") };
            if (documents > 0)
            {
                var content = Path.Combine(work, "content");
                ContentGenerator.Write(content, documents);
                generated["CampaignSite__SeedContentPath"] = content;
                using var import = PageBenchmark.Start(web, $"import {content}", generated);
                await import.WaitForExitAsync();
                if (import.ExitCode != 0) throw new InvalidOperationException("the import of the generated content failed");
                await PageBenchmark.ColdStartAsync(web, generated); // opens the search index once
            }

            var bench = typeof(ColdStartBenchmark).Assembly.Location;
            List<double> site = [], large = [], siteComposite = [], largeComposite = [], baseline = [];
            for (var i = 0; i < runs; i++)
            {
                site.Add((await PageBenchmark.ColdStartAsync(web, seeded)).TotalMilliseconds);
                siteComposite.Add((await PageBenchmark.ColdStartAsync(compositeExe, seeded, raw: true)).TotalMilliseconds);
                if (documents > 0)
                {
                    large.Add((await PageBenchmark.ColdStartAsync(web, generated)).TotalMilliseconds);
                    largeComposite.Add((await PageBenchmark.ColdStartAsync(compositeExe, generated, raw: true)).TotalMilliseconds);
                }
                baseline.Add((await PageBenchmark.ColdStartAsync(bench, [], port => $"baseline-server {port} 8000", "/page")).TotalMilliseconds);
            }

            Console.WriteLine();
            Console.WriteLine($"| cold start to first 200 ({Environment.ProcessorCount} cores, {runs} starts each) | best | median | median / baseline | target |");
            Console.WriteLine("|---|---|---|---|---|");
            Row("seeded site (45 documents), published ReadyToRun", site, baseline, "≤ 1.0 s");
            Row("seeded site, self-contained composite ReadyToRun", siteComposite, baseline, "≤ 1.0 s");
            if (documents > 0)
            {
                Row($"{documents:N0} documents, published ReadyToRun", large, baseline, "≤ 1.0 s");
                Row($"{documents:N0} documents, self-contained composite ReadyToRun", largeComposite, baseline, "≤ 1.0 s");
            }
            Row("bare Kestrel, one in-memory page (baseline)", baseline, baseline, "");
            return 0;
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { }
        }
    }

    static void Row(string what, List<double> ms, List<double> baseline, string target) =>
        Console.WriteLine($"| {what} | {ms.Min() / 1000:0.00} s | {Median(ms) / 1000:0.00} s | {Median(ms) / Median(baseline):0.0}× | {target} |");

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
