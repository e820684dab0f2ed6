using System.Diagnostics;

namespace CampaignSite.IntegrationTests.Operations;

/// <summary>The verbs as an operator runs them: the built program, a fresh data folder.</summary>
public class CommandTests
{
    internal static async Task<(int Code, string Out, string Err)> Run(string data, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CampaignSite.Web.dll"), .. args])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["CampaignSite__DataPath"] = data;
        info.Environment["CampaignSite__SeedContentPath"] = Repo.ContentExport;
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Export_OnAFreshDataFolder_WritesTheSeededContent_AndImportOfABrokenFolderExits1()
    {
        var work = Directory.CreateTempSubdirectory("campaignsite-verbs").FullName;
        try
        {
            var (code, output, _) = await Run(Path.Combine(work, "data"), "export", Path.Combine(work, "out"));
            Assert.Equal(0, code);
            Assert.Contains("exported 45 documents (90 files) and 45 media files", output);
            foreach (var file in Directory.GetFiles(Repo.ContentExport, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md")))
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(work, "out", Path.GetRelativePath(Repo.ContentExport, file))));

            File.WriteAllText(Path.Combine(work, "out", "news", "china-fashion-week.md"), "---\ntype: news\n---\nno title");
            var (importCode, importOutput, _) = await Run(Path.Combine(work, "data"), "import", Path.Combine(work, "out"));
            Assert.Equal(1, importCode);
            Assert.True(importOutput.Contains("china-fashion-week.md: field 'title': is required"), importOutput);
            Assert.Contains("import refused, nothing changed", importOutput);

            var (usageCode, _, usage) = await Run(Path.Combine(work, "data"), "import");
            Assert.Equal(2, usageCode);
            Assert.Contains("usage: import DIR", usage);
        }
        finally { Directory.Delete(work, true); }
    }
}
