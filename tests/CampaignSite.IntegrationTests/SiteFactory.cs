using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CampaignSite.IntegrationTests;

/// <summary>The real site over HTTP, with its own data folder (SQLite file, media, logs) seeded from content-export.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@campaign.test";
    public const string AdminPassword = "Admin-Passw0rd";

    public string DataPath { get; }
    /// <summary>Leaves the data folder behind on dispose, for a second site started on it.</summary>
    public bool KeepData { get; init; }

    public SiteFactory() : this(Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N"))) { }
    protected SiteFactory(string dataPath) => DataPath = dataPath;
    protected virtual Dictionary<string, string?> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("CampaignSite:DataPath", DataPath);
        builder.UseSetting("CampaignSite:SeedContentPath", Repo.ContentExport);
        // Tests search far faster than any reader; RateLimitTests sets its own limit.
        builder.UseSetting("CampaignSite:Search:RequestsPer10Seconds", "1000000");
        // Likewise the delivery API without a key (all tests come from one address); ApiLimitTests sets a small one.
        builder.UseSetting("CampaignSite:Api:AnonymousRequestsPerMinute", "1000000");
        builder.UseSetting("CampaignSite:Admin:Email", AdminEmail);
        builder.UseSetting("CampaignSite:Admin:Password", AdminPassword);
        // Tests run due schedules themselves (ScheduleRunner.RunDueAsync); the background tick stays out of their way.
        builder.UseSetting("CampaignSite:Backoffice:ScheduleInterval", "01:00:00");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (KeepData) return;
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class Repo
{
    public static string Root { get; } = Find();
    public static string ContentExport => Path.Combine(Root, "content-export");

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSite.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CampaignSite.sln not found above " + AppContext.BaseDirectory);
    }
}
