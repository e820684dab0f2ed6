using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        // The overall status, not the word anywhere (a Degraded answer names its healthy checks too).
        var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_ReportsWhereThisNodeStandsInTheChangeLog()
    {
        var client = site.CreateClient();
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<CampaignSite.Content.Publishing.ContentStore>().UnpublishAsync("brand", "anta"));
        var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement;
        var changes = health.GetProperty("checks").GetProperty("changes");
        Assert.Equal("Healthy", changes.GetProperty("status").GetString());
        Assert.Matches(@"^cursor [1-9]\d*, head [1-9]\d*, 0 behind, last read \d+\.\d s ago$", changes.GetProperty("description").GetString());
    }

    [Fact]
    public async Task OldChangeLogRows_AreRemovedAfterTheRetention_RecentOnesStay()
    {
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignSite.Data.CampaignDbContext>();
        db.Changes.Add(new() { Kind = CampaignSite.Data.Changes.ChangeKind.MediaChanged, MediaPath = "media/old.jpg", AtUtc = DateTime.UtcNow.AddDays(-8) });
        db.Changes.Add(new() { Kind = CampaignSite.Data.Changes.ChangeKind.MediaChanged, MediaPath = "media/recent.jpg", AtUtc = DateTime.UtcNow.AddDays(-6) });
        await db.SaveChangesAsync();
        var cleanup = site.Services.GetServices<IHostedService>().OfType<CampaignSite.Data.Changes.ChangeCleanup>().Single();
        Assert.True(await cleanup.CleanAsync() >= 1);
        Assert.False(await db.Changes.AnyAsync(c => c.MediaPath == "media/old.jpg"));
        Assert.True(await db.Changes.AnyAsync(c => c.MediaPath == "media/recent.jpg"));
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
    /// <summary>The program itself, as an operator starts it: one clear line on stderr and exit code 1, no stack trace.</summary>
    [Theory]
    [InlineData("CampaignSite__Database", "Oracle", "CampaignSite:Database is 'Oracle'; it must be Sqlite or Postgres")]
    [InlineData("CampaignSite__Database", "Postgres", "CampaignSite:Database is Postgres but ConnectionStrings:Default is empty")]
    [InlineData("CampaignSite__PublicBaseUrl", "campaign.example.cn", "CampaignSite:PublicBaseUrl must be an absolute URL")]
    [InlineData("CampaignSite__Media__Storage", "S3", "CampaignSite:Media:Storage is S3: set CampaignSite:Media:S3:Bucket")]
    [InlineData("CampaignSite__Media__Storage", "Tape", "CampaignSite:Media:Storage must be Folder or S3")]
    [InlineData("CampaignSite__Logs__MaxBytes", "1000", "CampaignSite:Logs:MaxBytes must be at least")]
    [InlineData("CampaignSite__Security__Proxies", "10.0.0.0/33", "CampaignSite:Security:Proxies has '10.0.0.0/33'")]
    [InlineData("CampaignSite__Proxy__KnownProxies", "10.0.0.0/8", "CampaignSite:Proxy:KnownProxies has '10.0.0.0/8', which is not an address")]
    [InlineData("CampaignSite__Proxy__KnownNetworks", "10.0.0.5, proxy.internal", "CampaignSite:Proxy:KnownNetworks has '10.0.0.5', which is not a network")]
    [InlineData("CampaignSite__Security__FrameAncestors", "*", "CampaignSite:Security:FrameAncestors has '*'")]
    [InlineData("CampaignSite__Site__BadgeImage", "https://dcs.conac.cn/image/red.png", "CampaignSite:Site:BadgeImage is 'https://dcs.conac.cn/image/red.png'; it must be a path on this site")]
    [InlineData("CampaignSite__Site__PublicSecurityNumber", "京公网安备号", "CampaignSite:Site:PublicSecurityNumber is '京公网安备号'")]
    [InlineData("CampaignSite__Api__AnonymousRequestsPerMinute", "0", "CampaignSite:Api:AnonymousRequestsPerMinute is 0; it must be a positive whole number")]
    [InlineData("CampaignSite__Partners__tv__Scopes", "content:read", "CampaignSite:Partners:tv:Key is empty")]
    [InlineData("CampaignSite__Workflow__Steps", "初审,复审,初审", "CampaignSite:Workflow:Steps names the step '初审' twice")]
    [InlineData("CampaignSite__Workflow__Types__leaflet__Steps", "初审", "CampaignSite:Workflow:Types:leaflet names no document type")]
    [InlineData("CampaignSite__Workflow__Signers__Proof", "Editor", "CampaignSite:Workflow:Signers:Proof names no configured step")]
    public async Task BadSetting_ExitsWithAClearMessage(string variable, string value, string message) =>
        await ExitsWithAsync(new() { [variable] = value }, message);

    [Theory]
    [InlineData("Scopes", "content:read content:write", "CampaignSite:Partners:tv:Scopes has 'content:write'; the scopes are content:read and content:preview")]
    [InlineData("RequestsPerMinute", "-5", "CampaignSite:Partners:tv:RequestsPerMinute is -5; it must be a positive whole number")]
    public async Task BadPartnerSetting_ExitsWithAClearMessage(string setting, string value, string message) =>
        await ExitsWithAsync(new() { ["CampaignSite__Partners__tv__Key"] = "tv-station-key-0123456789", ["CampaignSite__Partners__tv__" + setting] = value }, message);

    [Theory]
    [InlineData("Url", "desk.example.cn/hook", "CampaignSite:Webhooks:desk:Url must be an absolute http:// or https:// URL")]
    [InlineData("Events", "content.changed", "CampaignSite:Webhooks:desk:Events: 'content.changed' is not an event")]
    [InlineData("Secret", "short", "CampaignSite:Webhooks:desk:Secret: a secret has at least 16 characters")]
    public async Task BadWebhookSetting_ExitsWithAClearMessage(string setting, string value, string message) =>
        await ExitsWithAsync(new()
        {
            ["CampaignSite__Webhooks__desk__Url"] = "https://desk.example.cn/hook", ["CampaignSite__Webhooks__desk__Secret"] = "a-long-enough-desk-secret",
            ["CampaignSite__Webhooks__desk__" + setting] = value,
        }, message);

    [Theory]
    [InlineData("CampaignSite__Webhooks__RetryDelay", "-00:00:05", "CampaignSite:Webhooks:RetryDelay must be a positive time span")]
    [InlineData("CampaignSite__WebSub__MaxLeaseSeconds", "60", "CampaignSite:WebSub: DefaultLeaseSeconds must be positive and MaxLeaseSeconds at least as long")]
    public async Task BadPushSetting_ExitsWithAClearMessage(string variable, string value, string message) =>
        await ExitsWithAsync(new() { [variable] = value }, message);

    [Fact]
    public async Task AnAdministratorPasswordAgainstThePolicy_ExitsWithAClearMessage() =>
        await ExitsWithAsync(new() { ["CampaignSite__Admin__Email"] = "admin@example.cn", ["CampaignSite__Admin__Password"] = "short" },
            "CampaignSite:Admin cannot create the first administrator: Passwords must be at least 10 characters.");

    [Fact]
    public async Task AnUnreachableMediaStore_ExitsWithAClearMessage()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now
        await ExitsWithAsync(new()
        {
            ["CampaignSite__Media__Storage"] = "S3", ["CampaignSite__Media__S3__ServiceUrl"] = $"http://127.0.0.1:{port}",
            ["CampaignSite__Media__S3__Bucket"] = "media", ["CampaignSite__Media__S3__Region"] = "us-east-1",
            ["CampaignSite__Media__S3__AccessKey"] = "key", ["CampaignSite__Media__S3__SecretKey"] = "secret", ["CampaignSite__Media__S3__ForcePathStyle"] = "true",
        }, "The media store cannot be used: the S3 bucket media cannot be reached");
    }

    static async Task ExitsWithAsync(Dictionary<string, string> environment, string message)
    {
        var data = Directory.CreateTempSubdirectory("campaignsite-config").FullName;
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "CampaignSite.Web.dll"))
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (variable, value) in environment) info.Environment[variable] = value;
        info.Environment["CampaignSite__DataPath"] = data;
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"CampaignSite cannot start: {message}", await stderr);
        Assert.DoesNotContain("   at ", await stderr);
        Directory.Delete(data, true);
    }
}
