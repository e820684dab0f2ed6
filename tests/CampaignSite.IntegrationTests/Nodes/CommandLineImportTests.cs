using CampaignSite.Content.Files;
using CampaignSite.IntegrationTests.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Nodes;

/// <summary>The command-line import is a second process on the site's SQLite file: the running site shows what it imported.</summary>
public sealed class CommandLineImportTests : IDisposable
{
    readonly SiteFactory site = new();
    public void Dispose() => site.Dispose();

    [Fact]
    public async Task AnImportByAnotherProcess_ShowsOnTheRunningSite()
    {
        var reader = site.CreateClient();
        Assert.DoesNotContain("命令行导入测试", await reader.GetStringAsync("/news"));
        var dir = Directory.CreateTempSubdirectory("campaignsite-cli-import").FullName;
        try
        {
            await using (var scope = site.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(dir, TextWriter.Null);
            var file = Path.Combine(dir, "news", "china-fashion-week.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: 命令行导入测试 "));

            var (code, output, error) = await CommandTests.Run(site.DataPath, "import", dir);
            Assert.True(code == 0, output + error);
            Assert.Contains("1 updated", output);
            Assert.NotNull(await Eventually.WithinAsync(TimeSpan.FromSeconds(15), async () => (await reader.GetStringAsync("/news")).Contains("命令行导入测试")));
            Assert.Contains("命令行导入测试", await reader.GetStringAsync("/feeds/news/rss.xml"));
        }
        finally { Directory.Delete(dir, true); }
    }
}
