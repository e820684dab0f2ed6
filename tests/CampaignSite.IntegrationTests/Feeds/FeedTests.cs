using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CampaignSite.IntegrationTests.Feeds;

/// <summary>Every feed as a feed reader reads it, on both databases.</summary>
public abstract class FeedTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient client = site.CreateClient();

    public static IEnumerable<object[]> Feeds()
    {
        string[] scopes = ["/feeds/", "/feeds/brands/", "/feeds/technologies/", "/feeds/products/", "/feeds/heritage/", "/feeds/news/",
            "/feeds/tasks/smart-green/", "/feeds/tasks/regional/", "/feeds/tasks/design-brand/", "/feeds/tasks/supply-chain/", "/feeds/tasks/opening-up/",
            "/feeds/tags/" + Uri.EscapeDataString("刺绣") + "/"];
        foreach (var scope in scopes)
            foreach (var file in new[] { "rss.xml", "atom.xml" })
            {
                yield return [scope + file];
                if (!scope.Contains("/tags/")) yield return ["/en" + scope + file];
            }
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task EveryFeed_ParsesInARealFeedReaderWithAbsoluteLinks(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parsed = await FeedReader.ParseAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.False(parsed.Bozo, $"{path}: {parsed.Error}");
        Assert.StartsWith(path.EndsWith("rss.xml") ? "rss20" : "atom10", parsed.Version);
        Assert.NotEmpty(parsed.Links);
        Assert.All(parsed.Links, l => Assert.StartsWith(path.StartsWith("/en") ? "http://localhost/en/" : "http://localhost/", l));
        Assert.All(parsed.Content, c => Assert.DoesNotContain("<script", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/feeds/feed.json")]
    [InlineData("/en/feeds/heritage/feed.json")]
    [InlineData("/feeds/tasks/opening-up/feed.json")]
    public async Task JsonFeed_HasTheRequiredFieldsOfVersion11(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType!.MediaType);
        var feed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(feed.GetProperty("title").GetString()));
        Assert.Equal("http://localhost" + path, feed.GetProperty("feed_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _));
            Assert.StartsWith("http://localhost/", item.GetProperty("url").GetString());
            Assert.True(item.GetProperty("_campaign").TryGetProperty("type", out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
        }
        var withImage = items.First(i => i.TryGetProperty("image", out _));
        Assert.StartsWith("http://localhost/media/", withImage.GetProperty("image").GetString());
        Assert.Equal("image/jpeg", withImage.GetProperty("attachments")[0].GetProperty("mime_type").GetString());
    }

    [Theory]
    [InlineData("/feeds/video.json", "http://localhost/")]
    [InlineData("/en/feeds/video.json", "http://localhost/en/")]
    public async Task VideoFeed_RespectsShortVideoLimits(string path, string prefix)
    {
        var response = await client.GetAsync(path);
        Assert.NotNull(response.Headers.ETag);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 40);
        foreach (var item in items)
        {
            Assert.InRange(new System.Globalization.StringInfo(item.GetProperty("title").GetString()!).LengthInTextElements, 1, 30);
            Assert.InRange(item.GetProperty("text").GetString()!.Length, 1, 1000);
            var tags = item.GetProperty("hashtags").EnumerateArray().Select(h => h.GetString()!).ToList();
            Assert.InRange(tags.Count, 0, 5);
            Assert.All(tags, t => Assert.StartsWith("#", t));
            Assert.StartsWith(prefix, item.GetProperty("url").GetString());
            foreach (var frame in new[] { "9:16", "3:4", "16:9" })
                Assert.StartsWith("http://localhost/media/", item.GetProperty("covers").GetProperty(frame).GetString());
        }
    }

    [Fact]
    public async Task WeChatFeed_ArticlesRespectTheDraftApiLimitsAndTagWhitelist()
    {
        var response = await client.GetAsync("/feeds/wechat.json");
        Assert.NotNull(response.Headers.ETag);
        var articles = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.True(articles.Count >= 40);
        string[] allowed = ["p", "section", "span", "strong", "em", "h1", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "img", "br", "a", "table", "tr", "td", "th"];
        foreach (var a in articles)
        {
            Assert.InRange(new System.Globalization.StringInfo(a.GetProperty("title").GetString()!).LengthInTextElements, 1, 32);
            Assert.InRange(a.GetProperty("author").GetString()!.Length, 1, 16);
            Assert.InRange(new System.Globalization.StringInfo(a.GetProperty("digest").GetString()!).LengthInTextElements, 1, 128);
            var content = a.GetProperty("content").GetString()!;
            Assert.InRange(content.Length, 1, 19_999);
            var tags = System.Text.RegularExpressions.Regex.Matches(content, "<([a-z0-9]+)").Select(m => m.Groups[1].Value).Distinct();
            Assert.All(tags, t => Assert.Contains(t, allowed));
            Assert.DoesNotMatch("(class|id|on[a-z]+)=", content);
            Assert.All(System.Text.RegularExpressions.Regex.Matches(content, "<(p|h2|li)[ >]").Select(m => m.Value), m => Assert.EndsWith(" ", m));
            Assert.StartsWith("http://localhost/", a.GetProperty("content_source_url").GetString());
            Assert.StartsWith("http://localhost/media/", a.GetProperty("cover_2_35_1").GetString());
            Assert.StartsWith("http://localhost/media/", a.GetProperty("cover_1_1").GetString());
            Assert.All(a.GetProperty("images").EnumerateArray(), i => Assert.StartsWith("http", i.GetString()));
        }
    }

    [Fact]
    public async Task WeChatPreview_ShowsTheSameHtmlAsTheFeed_WithItsStylesFromAStylesheet()
    {
        var articles = JsonDocument.Parse(await client.GetStringAsync("/feeds/wechat.json")).RootElement.GetProperty("articles").EnumerateArray();
        var article = articles.First(a => a.GetProperty("content_source_url").GetString() == "http://localhost/heritage/suzhou-embroidery");
        var content = article.GetProperty("content").GetString()!;
        var page = await client.GetStringAsync("/wechat/heritage/suzhou-embroidery");
        // The same elements and text; the style attributes (refused by the page's security policy) become the stylesheet's rules.
        var inline = System.Text.RegularExpressions.Regex.Matches(content, "<([a-z0-9]+) style=\"([^\"]*)\"").Select(m => (Tag: m.Groups[1].Value, Style: m.Groups[2].Value)).Distinct().ToList();
        Assert.Contains(inline, i => i.Tag == "p");
        Assert.Contains("<article class=\"wechat-preview\" id=\"wechat-content\">" + System.Text.RegularExpressions.Regex.Replace(content, " style=\"[^\"]*\"", "") + "</article>", page);
        var href = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"stylesheet\" href=\"(/feeds/wechat-preview.css\\?v=[0-9a-f]{12})\">").Groups[1].Value;
        var css = await client.GetStringAsync(href);
        Assert.All(inline, i => Assert.Contains($".wechat-preview {i.Tag} {{ {i.Style} }}", css));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/wechat/heritage/no-such-craft")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/wechat/shoes/suzhou-embroidery")).StatusCode);
    }

    [Fact]
    public async Task ConditionalGets_Answer304()
    {
        var first = await client.GetAsync("/feeds/rss.xml");
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;
        Assert.Contains("public", first.Headers.CacheControl!.ToString());

        var byTag = new HttpRequestMessage(HttpMethod.Get, "/feeds/rss.xml");
        byTag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byTag)).StatusCode);

        var byDate = new HttpRequestMessage(HttpMethod.Get, "/feeds/atom.xml");
        byDate.Headers.IfModifiedSince = modified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Get, "/feeds/rss.xml");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("/feeds/podcast.xml")]
    [InlineData("/feeds/shoes/rss.xml")]
    [InlineData("/feeds/tasks/fashion/rss.xml")]
    [InlineData("/feeds/tags/no-such-tag/rss.xml")]
    [InlineData("/feeds/rss.xml?page=2")]
    public async Task UnknownFeeds_Answer404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);

    [Theory]
    [InlineData("/feeds/nothing.xml")]
    [InlineData("/feeds/tasks/fashion/rss.xml")]
    public async Task UnknownFeeds_AnswerAProblem(string path) =>
        await ProblemAssert.HasAsync(await client.GetAsync(path), HttpStatusCode.NotFound, "no such feed");

    [Fact]
    public async Task BadPage_Answers400WithAMessage() =>
        await ProblemAssert.HasAsync(await client.GetAsync("/feeds/rss.xml?page=abc"), HttpStatusCode.BadRequest, "is not a page number");

    [Fact]
    public async Task FeedsPage_ListsEveryFeed_AndPagesAnnounceTheirs()
    {
        var html = await client.GetStringAsync("/feeds");
        foreach (var scope in new[] { "/feeds/", "/feeds/heritage/", "/feeds/tasks/opening-up/" })
            foreach (var file in new[] { "rss.xml", "atom.xml", "feed.json" })
                Assert.Contains($"href=\"{scope}{file}\"", html);
        Assert.Contains("/feeds/tags/%E5%88%BA%E7%BB%A3/rss.xml", html);
        Assert.Contains("href=\"/feeds/video.json\"", html);
        Assert.Contains("href=\"/feeds/wechat.json\"", html);

        var detail = await client.GetStringAsync("/heritage/xiangyunsha");
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"纺织服装优供给促升级 (RSS)\" href=\"/feeds/rss.xml\">", detail);
        Assert.Contains("type=\"application/atom+xml\" title=\"纺织非遗 · 纺织服装优供给促升级 (Atom)\" href=\"/feeds/heritage/atom.xml\"", detail);
        Assert.Contains("href=\"/en/feeds/tasks/regional/feed.json\"", await client.GetStringAsync("/en/tasks/regional"));
    }
}

public sealed class SqliteFeedTests(SiteFactory site) : FeedTests<SiteFactory>(site);

public sealed class PostgresFeedTests(PostgresSiteFactory site) : FeedTests<PostgresSiteFactory>(site);
