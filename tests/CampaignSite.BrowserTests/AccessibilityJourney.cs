using System.Text.Json;

namespace CampaignSite.BrowserTests;

/// <summary>
/// axe-core's rules on the public pages a reader meets (home, a list, a document, search), in the normal and the
/// elder mode, at desktop and phone width: no violation. test.sh installs axe-core and names its script in
/// CAMPAIGNSITE_TEST_AXE.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityJourney(BrowserSite site) : Journey(site)
{
    readonly BrowserSite site = site;

    static readonly string[] Pages =
    [
        "/", "/en", "/heritage", "/en/brands", "/heritage/suzhou-embroidery", "/en/brands/anta",
        "/search?q=" + Uri.EscapeDataString("丝绸"), "/en/search?q=silk", "/search?q=" + Uri.EscapeDataString("没有这样的词语"),
    ];

    [Theory]
    [InlineData(false, 1366)]
    [InlineData(true, 1366)]
    [InlineData(false, 390)]
    [InlineData(true, 390)]
    public async Task The_public_pages_have_no_axe_violations(bool elder, int width)
    {
        var axe = Environment.GetEnvironmentVariable("CAMPAIGNSITE_TEST_AXE");
        Assert.True(axe is not null && File.Exists(axe),
            "CAMPAIGNSITE_TEST_AXE names no axe.min.js: run the tests with ./test.sh, which installs axe-core with npm, or set it to an installed copy");

        var context = await site.NewContextAsync(width, 900, bypassPolicy: true);
        if (elder) await context.AddCookiesAsync([new Cookie { Name = "elder", Value = "1", Url = site.BaseUrl }]);
        var page = await context.NewPageAsync();
        var found = new List<string>();
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Equal(elder ? "elder" : "", await page.EvaluateAsync<string>("() => document.documentElement.className"));
            await page.AddScriptTagAsync(new() { Path = axe });
            var violations = await page.EvaluateAsync<JsonElement>("""
                async () => (await axe.run(document)).violations.map(v =>
                  v.id + " (" + v.impact + "): " + v.help + " at " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))
                """);
            found.AddRange(violations.EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
        }
        await context.CloseAsync();
        Assert.True(found.Count == 0, string.Join("\n", found));
        NoServerErrors();
    }
}
