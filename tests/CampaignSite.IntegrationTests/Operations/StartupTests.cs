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

    [Theory]
    [InlineData("CampaignSite:Database", "Oracle", "CampaignSite:Database is 'Oracle'; it must be Sqlite or Postgres")]
    [InlineData("CampaignSite:Database", "Postgres", "ConnectionStrings:Default is empty")]
    [InlineData("CampaignSite:PublicBaseUrl", "campaign.example.cn", "CampaignSite:PublicBaseUrl must be an absolute URL")]
    public void BadConfiguration_StopsTheStartWithAMessageNamingTheKey(string key, string value, string message)
    {
        using var site = new ConfiguredSite(new() { [key] = value });
        var e = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        Assert.Contains(message, e.Message);
    }
}
