using System.Net;
using System.Text.Json;
using CampaignSite.Content.Files;
using CampaignSite.Content.Types;

namespace CampaignSite.IntegrationTests.Content;

/// <summary>What a reader and a partner learn of where a document comes from: its source link, and the note on an illustrative brand or product. On both databases.</summary>
public abstract class ProvenanceTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient client = site.CreateClient();
    const string ZhNote = "示意内容，非官方认证或推荐", EnNote = "Illustrative example, not an official endorsement";

    static Document Seeded(string type, string slug) =>
        DocumentReader.Read(File.ReadAllText(Path.Combine(Repo.ContentExport, type, slug + ".md")), Cultures.Chinese).Document!;

    // Read from the file itself, so a fault in the site's own reading of the flag cannot hide here.
    static bool MarkedIllustrative(string type, string slug) =>
        File.ReadAllText(Path.Combine(Repo.ContentExport, type, slug + ".md")).Contains("\nillustrative: true\n");

    public static IEnumerable<object[]> BrandsAndProducts() => SeedContent.Documents().Where(d => (string)d[0] is "brand" or "product");
    public static IEnumerable<object[]> News() => SeedContent.Documents().Where(d => (string)d[0] == "news");

    async Task<string> Page(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    async Task<JsonElement> Json(string path) => JsonDocument.Parse(await Page(path)).RootElement;

    [Theory]
    [MemberData(nameof(BrandsAndProducts))]
    public async Task AnIllustrativeBrandOrProduct_SaysSo_OnThePageAndInTheApi(string type, string slug)
    {
        var illustrative = MarkedIllustrative(type, slug);
        var section = SeedContent.Sections[type];
        Assert.Equal(illustrative, (await Page($"/{section}/{slug}")).Contains($">{ZhNote}</p>"));
        Assert.Equal(illustrative, (await Page($"/en/{section}/{slug}")).Contains($">{EnNote}</p>"));

        var item = await Json($"/api/content/{type}/{slug}");
        Assert.Equal(illustrative ? ZhNote : null, item.TryGetProperty("note", out var note) ? note.GetString() : null);
        Assert.Equal(illustrative, item.GetProperty("fields").TryGetProperty("illustrative", out var flag) && flag.GetBoolean());
        var english = await Json($"/api/content/{type}/{slug}?culture=en");
        Assert.Equal(illustrative ? EnNote : null, english.TryGetProperty("note", out var enNote) ? enNote.GetString() : null);
    }

    [Fact]
    public async Task FeedEntries_OfIllustrativeProducts_OpenWithTheNote_AndNoOtherEntryCarriesIt()
    {
        var feed = await Json("/feeds/products/feed.json");
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var slug = item.GetProperty("url").GetString()!.Split('/')[^1];
            var html = item.GetProperty("content_html").GetString()!;
            Assert.Equal(MarkedIllustrative("product", slug), html.StartsWith($"<p><strong>{ZhNote}</strong></p>"));
        }
        Assert.Contains($"<strong>{EnNote}</strong>", await Page("/en/feeds/products/rss.xml").ContinueWith(t => WebUtility.HtmlDecode(t.Result)));
        Assert.DoesNotContain(ZhNote, await Page("/feeds/news/atom.xml"));

        // The short-video feed, whose captions channels repost, carries it as the API does.
        var videos = (await Json("/feeds/video.json")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(videos, v => v.GetProperty("note").ValueKind == System.Text.Json.JsonValueKind.String);
        foreach (var video in videos)
        {
            var path = video.GetProperty("url").GetString()!.Split('/');
            var type = path[^2] switch { "brands" => "brand", "products" => "product", _ => "" };
            var note = video.GetProperty("note");
            Assert.Equal(type.Length > 0 && MarkedIllustrative(type, path[^1]) ? ZhNote : null, note.ValueKind == System.Text.Json.JsonValueKind.Null ? null : note.GetString());
        }
    }

    [Theory]
    [MemberData(nameof(News))]
    public async Task EveryNewsPage_LinksItsSource_ByName(string type, string slug)
    {
        var news = (News)Seeded(type, slug);
        var link = $"<a href=\"{WebUtility.HtmlEncode(news.SourceUrl)}\" rel=\"noopener\">{WebUtility.HtmlEncode(news.Source)}</a>";
        var page = await Page($"/news/{slug}");
        Assert.Contains($"<p class=\"source\">来源：{link}</p>", page);
        Assert.Contains("<p class=\"source\">Source: <a href=", await Page($"/en/news/{slug}"));
    }

    [Fact]
    public async Task ADocumentWithoutASourceName_LinksItsSourceByHost()
    {
        var page = await Page("/brands/anta");
        Assert.Contains("<p class=\"source\">来源：<a href=\"https://ir.anta.com\" rel=\"noopener\">ir.anta.com</a></p>", page);
        Assert.DoesNotContain("class=\"source\"", await Page("/heritage/song-brocade"));
    }
}

public sealed class SqliteProvenanceTests(SiteFactory site) : ProvenanceTests<SiteFactory>(site);

public sealed class PostgresProvenanceTests(PostgresSiteFactory site) : ProvenanceTests<PostgresSiteFactory>(site);
