using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using CampaignSite.IntegrationTests;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.BrowserTests;

/// <summary>
/// The real site on a free local port (Kestrel, its own data folder seeded from content-export,
/// the first administrator from configuration), and Debian's Chromium driven by Playwright.
/// Shared by every browser test; each test works with its own accounts and documents.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string AdminEmail = "admin@campaign.test";
    public const string AdminPassword = "Admin2024pass";
    public const int MaxFailedSignIns = 3;
    public const string ChromiumPath = "/usr/bin/chromium";

    readonly SiteServer server = new();
    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every answer of 500 or more any page of any test received, with its URL.</summary>
    public ConcurrentQueue<string> ServerErrors { get; } = new();

    /// <summary>Every Content-Security-Policy violation any page reported: what was blocked, by which directive, where.</summary>
    public ConcurrentQueue<string> PolicyViolations { get; } = new();

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        server.UseKestrel(0);
        server.StartServer();
        var addresses = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "localhost").Replace("0.0.0.0", "localhost").Replace("127.0.0.1", "localhost").TrimEnd('/');

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (test.sh does when it runs as root).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        KeepLogs(Path.Combine(server.DataPath, "logs"));
        await server.DisposeAsync();
    }

    /// <summary>The site's log files go next to the screenshots, to read after a failed journey.</summary>
    static void KeepLogs(string folder)
    {
        var target = Path.Combine(AppContext.BaseDirectory, "server-logs");
        Directory.CreateDirectory(target);
        try
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
                File.Copy(file, Path.Combine(target, $"{Guid.NewGuid():N}-{Path.GetFileName(file)}"));
        }
        catch (IOException) { }
    }

    /// <summary>
    /// A fresh browser profile (no cookies), as a new visitor; phone or desktop width. A test that puts its own
    /// script into the page (axe) asks the browser to set the site's policy aside for that profile.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1366, int height = 900, bool bypassPolicy = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassPolicy,
        });
        context.SetDefaultTimeout(30_000);
        context.Response += (_, response) =>
        {
            if (response.Status >= 500) ServerErrors.Enqueue($"{response.Status} {response.Request.Method} {response.Url}");
        };
        // The page reports each violation of the site's policy (the listener is the browser's, outside the policy).
        await context.ExposeFunctionAsync("reportPolicyViolation", (string violation) => PolicyViolations.Enqueue(violation));
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", function (e) {
              window.reportPolicyViolation(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " on " + document.location.pathname);
            });
            """);
        return context;
    }

    /// <summary>A new profile, signed in with this account, on the dashboard.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password, int width = 1366, int height = 900)
    {
        var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await Backoffice.SignInAsync(page, email, password);
        await Assertions.Expect(page).ToHaveURLAsync(BaseUrl + "/backoffice");
        return page;
    }

    /// <summary>The integration tests' site with the first administrator, a one-second scheduler and a low wrong-password allowance.</summary>
    sealed class SiteServer : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["CampaignSite:Admin:Email"] = BrowserSite.AdminEmail,
            ["CampaignSite:Admin:Password"] = BrowserSite.AdminPassword,
            ["CampaignSite:Backoffice:ScheduleInterval"] = "00:00:01",
            ["CampaignSite:Backoffice:MaxFailedSignIns"] = BrowserSite.MaxFailedSignIns.ToString(),
            // Products go through three review steps (ReviewStepsJourney); the other types keep the single review.
            ["CampaignSite:Workflow:Types:product:Steps"] = "初审,复审,终审",
        };
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
