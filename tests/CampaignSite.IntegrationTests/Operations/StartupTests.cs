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
