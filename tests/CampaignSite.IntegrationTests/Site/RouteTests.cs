using System.Net;
using System.Xml.Linq;

namespace CampaignSite.IntegrationTests.Site;

/// <summary>Every public route over real HTTP; run on SQLite and on PostgreSQL.</summary>
public abstract class RouteTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient client = site.CreateClient(new() { AllowAutoRedirect = false });

    async Task<string> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: expected {(int)expected}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 400)]}");
        return body;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/brands")]
    [InlineData("/technologies")]
    [InlineData("/products")]
    [InlineData("/heritage")]
    [InlineData("/news")]
    [InlineData("/tasks/smart-green")]
    [InlineData("/tasks/regional")]
    [InlineData("/tasks/design-brand")]
    [InlineData("/tasks/supply-chain")]
    [InlineData("/tasks/opening-up")]
    [InlineData("/en")]
    [InlineData("/en/")]
    [InlineData("/en/brands")]
    [InlineData("/en/heritage")]
    [InlineData("/en/tasks/opening-up")]
    public async Task PublicPages_Answer200WithTheSiteLayout(string path)
    {
        var html = await Get(path);
        Assert.Contains("<main id=\"main\"", html);
        Assert.Contains(path.StartsWith("/en") ? "<html lang=\"en\">" : "<html lang=\"zh-CN\">", html);
    }

    static readonly Dictionary<string, string> Sections = SeedContent.Sections;

    [Theory]
    [MemberData(nameof(SeedContent.Documents), MemberType = typeof(SeedContent))]
    public async Task EverySeededDocument_HasADetailPageInBothCultures(string type, string slug)
    {
        var chinese = await Get($"/{Sections[type]}/{slug}");
        var title = File.ReadLines(Path.Combine(Repo.ContentExport, type, slug + ".md")).First(l => l.StartsWith("title: "))["title: ".Length..].Trim('"', '\'');
        Assert.Contains(WebUtility.HtmlEncode(title), chinese);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/{Sections[type]}/{slug}\">", chinese);
        Assert.Contains($"hreflang=\"en\" href=\"http://localhost/en/{Sections[type]}/{slug}\"", chinese);

        var english = await Get($"/en/{Sections[type]}/{slug}");
        var hasEnglish = File.Exists(Path.Combine(Repo.ContentExport, type, slug + ".en.md"));
        Assert.Equal(!hasEnglish, english.Contains("has no English version yet"));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/brands/no-such-brand")]
    [InlineData("/brands/no_such")]
    [InlineData("/tasks/no-such-task")]
    [InlineData("/en/no-such-page")]
    [InlineData("/error/200")]
    [InlineData("/news?page=99")]
    [InlineData("/brands/bosideng/extra")]
    public async Task UnknownPaths_Answer404WithTheSitesOwnPage(string path)
    {
        var html = await Get(path, HttpStatusCode.NotFound);
        Assert.Contains("<main id=\"main\"", html);
        Assert.Contains(path.StartsWith("/en") ? "Page not found" : "页面不存在", html);
    }

    [Theory]
    [InlineData("/brands?task=fashion", "不是任务方向")]
    [InlineData("/brands?region=atlantis", "不是省份代码")]
    [InlineData("/brands?kind=luxury", "consumer, manufacturing, regional")]
    [InlineData("/heritage?level=world", "national, provincial, municipal")]
    [InlineData("/news?page=abc", "页码")]
    [InlineData("/news?page=-2", "页码")]
    [InlineData("/news?page=99999999999999", "页码")]
    [InlineData("/en/products?category=shoes", "apparel, home-textiles, industrial-textiles")]
    [InlineData("/tasks/regional?page=0", "页码")]
    public async Task BadFilters_Answer400WithAClearMessage(string path, string message)
    {
        var html = await Get(path, HttpStatusCode.BadRequest);
        Assert.Contains(WebUtility.HtmlEncode(message), html);
        Assert.Contains("<main id=\"main\"", html);
    }

    [Fact]
    public async Task Filters_NarrowTheList()
    {
        var regional = await Get("/brands?kind=regional");
        Assert.Contains("/brands/shengze-silk\"", regional);
        Assert.DoesNotContain("/brands/bosideng\"", regional);

        var jiangsu = await Get("/heritage?region=jiangsu");
        Assert.Contains("/heritage/suzhou-embroidery\"", jiangsu);
        Assert.DoesNotContain("/heritage/li-brocade\"", jiangsu);

        var green = await Get("/technologies?task=smart-green&category=green-low-carbon");
        Assert.Contains("/technologies/supercritical-co2-dyeing\"", green);
        Assert.DoesNotContain("/technologies/3d-virtual-sampling\"", green);
    }

    [Fact]
    public async Task Paging_SplitsLongListsAndLinksThePages()
    {
        var first = await Get("/tasks/design-brand");
        Assert.Contains("rel=\"next\" href=\"/tasks/design-brand?page=2\"", first);
        var second = await Get("/tasks/design-brand?page=2");
        Assert.Contains("rel=\"prev\" href=\"/tasks/design-brand\"", second);
        var firstLinks = Links(first);
        Assert.NotEmpty(firstLinks);
        Assert.NotEmpty(Links(second));
        Assert.Empty(Links(second).Intersect(firstLinks));
    }

    static HashSet<string> Links(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "class=\"card-title\"><a href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();

    [Fact]
    public async Task Home_ShowsTheFiveTaskAreasAndFeaturedItems()
    {
        var html = await Get("/");
        foreach (var task in new[] { "smart-green", "regional", "design-brand", "supply-chain", "opening-up" })
            Assert.Contains($"href=\"/tasks/{task}\"", html);
        Assert.Contains("/heritage/xiangyunsha\"", html);
        var english = await Get("/en");
        Assert.Contains("href=\"/en/tasks/opening-up\"", english);
        Assert.Contains("Suzhou", english);
    }

    [Fact]
    public async Task Sitemap_ListsEveryDocumentInBothCulturesWithAlternates()
    {
        var xml = XDocument.Parse(await Get("/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var locs = xml.Descendants(sm + "loc").Select(l => l.Value).ToHashSet();
        Assert.Contains("http://localhost/brands/bosideng", locs);
        Assert.Contains("http://localhost/en/brands/bosideng", locs);
        Assert.Contains("http://localhost/en/tasks/regional", locs);
        Assert.Equal(SeedContent.Documents().Count() * 2, locs.Count(l => l.Split('/').Length == (l.Contains("/en/") ? 6 : 5) && !l.Contains("/tasks/")));
        var url = xml.Descendants(sm + "url").First(u => u.Element(sm + "loc")!.Value == "http://localhost/heritage/xiangyunsha");
        Assert.Equal(["zh-CN", "en"], url.Elements(xhtml + "link").Select(l => (string)l.Attribute("hreflang")!));
    }

    [Fact]
    public async Task Robots_PointsToTheSitemap()
    {
        var text = await Get("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text);
        Assert.Contains("Disallow: /backoffice", text);
    }

    [Fact]
    public async Task Stylesheet_IsFingerprintedAndCachedForAYear()
    {
        var html = await Get("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"stylesheet\" href=\"(/ui/[0-9a-f]{12}/site.css)\">").Groups[1].Value;
        Assert.NotEmpty(href);
        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        var stale = await client.GetAsync("/ui/000000000000/site.css");
        Assert.Equal("no-cache", stale.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Media_ServesImportedImages()
    {
        var response = await client.GetAsync("/media/suzhou-embroidery.jpg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/..%2Fcampaign.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/campaign.db")).StatusCode);
    }

    [Fact]
    public async Task DetailPage_HasOpenGraphAndTypeFacts()
    {
        var html = await Get("/heritage/suzhou-embroidery");
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html);
        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost/media/suzhou-embroidery.jpg\">", html);
        Assert.Contains("国家级", html);
        Assert.Contains("<h2", html);
        var english = await Get("/en/heritage/suzhou-embroidery");
        Assert.Contains("National", english);
        Assert.Contains("<meta property=\"og:locale\" content=\"en_US\">", english);
    }

    [Theory]
    [InlineData("/brands/Bosideng", "/brands/bosideng")]
    [InlineData("/en/heritage/Suzhou-Embroidery", "/en/heritage/suzhou-embroidery")]
    public async Task UppercaseSlugs_RedirectPermanentlyToTheCanonicalPage(string path, string target)
    {
        await Get(target);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_LinksToTheSamePageInTheOtherCulture()
    {
        Assert.Contains("class=\"culture-switch\" href=\"/en/brands/bosideng\"", await Get("/brands/bosideng"));
        Assert.Contains("class=\"culture-switch\" href=\"/brands/bosideng\"", await Get("/en/brands/bosideng"));
    }
}

public sealed class SqliteRouteTests(SiteFactory site) : RouteTests<SiteFactory>(site);

public sealed class PostgresRouteTests(PostgresSiteFactory site) : RouteTests<PostgresSiteFactory>(site);
