using AngleSharp.Html.Parser;
using CampaignSite.Operations.Export;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Operations;

/// <summary>The static export for a ministry portal: every page under the prefix, every link inside it, and a second run that writes only what changed.</summary>
public sealed class SiteExportTests : IDisposable
{
    const string Prefix = "/zhuanti/fangzhi/";
    readonly string dir = Directory.CreateTempSubdirectory("campaignsite-export").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    sealed class LiveSite : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:PublicBaseUrl"] = "https://campaign.example.cn" };
    }

    static Task<SiteExporter.Summary> ExportAsync(SiteFactory site, string dir, string? live = null) =>
        new SiteExporter(site.CreateClient(), dir, new ExportPaths(Prefix), live, TextWriter.Null).RunAsync();

    [Fact]
    public async Task TheExport_HoldsEveryPageInBothCultures_AndEveryLinkResolvesInsideIt_ThenASecondRunWritesOnlyWhatChanged()
    {
        using var site = new SiteFactory();
        var first = await ExportAsync(site, dir);
        Assert.Empty(first.Broken);
        foreach (var file in new[] { "index.html", "en/index.html", "brands/index.html", "brands/bosideng/index.html", "en/brands/bosideng/index.html",
                     "heritage/suzhou-embroidery/index.html", "tasks/smart-green/index.html", "en/tasks/opening-up/index.html", "news/index.html",
                     "feeds/index.html", "media/suzhou-embroidery.jpg" })
            Assert.True(File.Exists(Path.Combine(dir, file)), file + " is missing");
        // Feeds, sitemap and robots name absolute addresses: without the live site's they are left out, and so are links to them.
        Assert.Empty(Directory.GetFiles(dir, "*.xml", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(dir, "robots.txt")));
        Assert.Contains("lang=\"en\"", await File.ReadAllTextAsync(Path.Combine(dir, "en/brands/bosideng/index.html")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "media"), "*.webp"));

        var links = await AssertEveryLinkResolvesAsync(dir);
        Assert.True(links > 1000, $"only {links} links were checked");
        var home = await File.ReadAllTextAsync(Path.Combine(dir, "index.html"));
        // Without the live site's address, the search box and the elder-mode switch (both need the running site) are left out.
        Assert.DoesNotContain("site-search", home);
        Assert.DoesNotContain("mode-switch", home);
        Assert.DoesNotContain("class=\"filters\"", await File.ReadAllTextAsync(Path.Combine(dir, "brands/index.html")));

        // Nothing changed: nothing is written. Then a document leaves the site: its pages go, the pages that listed it change.
        var second = await ExportAsync(site, dir);
        Assert.Equal((first.Files, 0, first.Files, 0), (second.Files, second.Written, second.Unchanged, second.Removed));
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<CampaignSite.Content.Publishing.ContentStore>().UnpublishAsync("brand", "anta"));
        var third = await ExportAsync(site, dir);
        Assert.Empty(third.Broken);
        Assert.False(File.Exists(Path.Combine(dir, "brands/anta/index.html")));
        Assert.False(File.Exists(Path.Combine(dir, "en/brands/anta/index.html")));
        Assert.True(third.Removed >= 2, $"{third.Removed} removed");
        Assert.InRange(third.Written, 1, third.Files / 2);
        await AssertEveryLinkResolvesAsync(dir);
    }

    [Fact]
    public async Task WithTheLiveSitesAddress_SearchGoesThere_AndCanonicalLinksNameIt()
    {
        using var site = new LiveSite();
        var summary = await ExportAsync(site, dir, "https://campaign.example.cn");
        Assert.Empty(summary.Broken);
        var page = await File.ReadAllTextAsync(Path.Combine(dir, "en/brands/bosideng/index.html"));
        Assert.Contains("action=\"https://campaign.example.cn/en/search\"", page);
        Assert.Contains("<link rel=\"canonical\" href=\"https://campaign.example.cn/en/brands/bosideng\">", page);
        Assert.Contains($"href=\"{Prefix}en/brands/\"", page);
        Assert.Contains($"href=\"{Prefix}en/feeds/brands/rss.xml\"", page);
        Assert.Contains("<link>https://campaign.example.cn/en/brands</link>", await File.ReadAllTextAsync(Path.Combine(dir, "en/feeds/brands/rss.xml")));
        Assert.Contains("https://campaign.example.cn/brands/bosideng", await File.ReadAllTextAsync(Path.Combine(dir, "sitemap.xml")));
        Assert.True(File.Exists(Path.Combine(dir, "robots.txt")));
        await AssertEveryLinkResolvesAsync(dir);
    }

    /// <summary>Walks every page of the export: each address on the site is under the prefix and names a file of the export.</summary>
    static async Task<int> AssertEveryLinkResolvesAsync(string dir)
    {
        var checkedLinks = 0;
        var parser = new HtmlParser();
        foreach (var file in Directory.GetFiles(dir, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(await File.ReadAllTextAsync(file));
            foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], [action]"))
            {
                var values = new[] { element.GetAttribute("href"), element.GetAttribute("src"), element.GetAttribute("action") }
                    .Concat((element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split(' ')[0]));
                foreach (var value in values.OfType<string>().Where(v => v.StartsWith('/')))
                {
                    Assert.True(value.StartsWith(Prefix), $"{Path.GetRelativePath(dir, file)} links {value}, outside {Prefix}");
                    var target = value[Prefix.Length..].Split('#')[0];
                    Assert.DoesNotContain('?', target);
                    if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                    Assert.True(File.Exists(Path.Combine(dir, target)), $"{Path.GetRelativePath(dir, file)} links {value}, which the export does not have");
                    checkedLinks++;
                }
            }
        }
        return checkedLinks;
    }
}
