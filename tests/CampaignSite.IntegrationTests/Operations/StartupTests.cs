using System.Diagnostics;

namespace CampaignSite.IntegrationTests.Operations;

public class StartupTests : IClassFixture<SiteFactory>
{
    readonly SiteFactory site;
    public StartupTests(SiteFactory site) => this.site = site;

    [Fact]
    public async Task Healthz_ReportsTheDatabase()
    {
        var response = await site.CreateClient().GetAsync("/healthz");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void DataPath_HoldsTheDatabaseMediaAndLogs()
    {
        _ = site.Server;
        Assert.True(File.Exists(Path.Combine(site.DataPath, "campaign.db")));
        Assert.True(File.Exists(Path.Combine(site.DataPath, "media", "suzhou-embroidery.jpg")));
        Assert.True(Directory.Exists(Path.Combine(site.DataPath, "logs")));
    }
}

public class ConfigurationTests
{
    sealed class ConfiguredSite(Dictionary<string, string?> settings) : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => settings;
    }

    [Fact]
    public void BadPublicBaseUrl_StopsTheStartWithAMessageNamingTheKey()
    {
        using var site = new ConfiguredSite(new() { ["CampaignSite:PublicBaseUrl"] = "campaign.example.cn" });
        var e = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        Assert.Contains("CampaignSite:PublicBaseUrl must be an absolute URL", e.Message);
    }

    /// <summary>The program itself, as an operator starts it: one clear line on stderr and exit code 1, no stack trace.</summary>
    [Theory]
    [InlineData("CampaignSite__Database", "Oracle", "CampaignSite:Database is 'Oracle'; it must be Sqlite or Postgres")]
    [InlineData("CampaignSite__Database", "Postgres", "CampaignSite:Database is Postgres but ConnectionStrings:Default is empty")]
    public async Task BadDatabaseSetting_ExitsWithAClearMessage(string variable, string value, string message)
    {
        var data = Directory.CreateTempSubdirectory("campaignsite-config").FullName;
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "CampaignSite.Web.dll"))
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment[variable] = value;
        info.Environment["CampaignSite__DataPath"] = data;
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"CampaignSite cannot start: {message}", await stderr);
        Assert.DoesNotContain("   at ", await stderr);
        Directory.Delete(data, true);
    }
}
