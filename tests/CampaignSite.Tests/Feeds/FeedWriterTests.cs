using System.Text.Json;
using System.Xml.Linq;
using CampaignSite.Content.Markdown;
using CampaignSite.Feeds;

namespace CampaignSite.Tests.Feeds;

public class FeedWriterTests
{
    static FeedModel Model(string body = "正文 [链接](/news/a) ![图](/media/a.jpg)") => new(
        "纺织非遗", "描述", "zh-CN", "https://example.cn/heritage", "https://example.cn/feeds/heritage/rss.xml", "https://example.cn/feeds/heritage/rss.xml?page=2",
        new DateTime(2024, 5, 1, 1, 0, 0, DateTimeKind.Utc),
        [new FeedEntry("https://example.cn/heritage/a", "https://example.cn/heritage/a", "苏绣 <b>", "摘要 & 说明",
            FeedBuilder.Absolutize(MarkdownRenderer.ToHtml(body), "https://example.cn"),
            new DateTime(2024, 4, 30, 16, 0, 0, DateTimeKind.Utc), new DateTime(2024, 5, 1, 1, 0, 0, DateTimeKind.Utc),
            ["刺绣"], ["创意设计与品牌"], "heritage", "jiangsu",
            new FeedEnclosure("https://example.cn/media/a.jpg", "image/jpeg", 1234), new FeedEnclosure("https://v.example.cn/a.mp4", "video/mp4", 0, 45),
            new Dictionary<string, object?> { ["level"] = "national" })]);

    [Fact]
    public void Rss_HasItemsWithGuidDatesContentEnclosureAndPaging()
    {
        var xml = XDocument.Parse(RssWriter.Write(Model()));
        XNamespace content = "http://purl.org/rss/1.0/modules/content/", atom = "http://www.w3.org/2005/Atom", media = "http://search.yahoo.com/mrss/";
        var item = xml.Descendants("item").Single();
        Assert.Equal("苏绣 <b>", item.Element("title")!.Value);
        Assert.Equal("Tue, 30 Apr 2024 16:00:00 +0000", item.Element("pubDate")!.Value);
        Assert.Equal("https://example.cn/heritage/a", item.Element("guid")!.Value);
        Assert.Contains("href=\"https://example.cn/news/a\"", item.Element(content + "encoded")!.Value);
        Assert.Contains("src=\"https://example.cn/media/a.jpg\"", item.Element(content + "encoded")!.Value);
        Assert.Equal("1234", item.Element("enclosure")!.Attribute("length")!.Value);
        Assert.Equal(["刺绣", "创意设计与品牌"], item.Elements("category").Select(c => c.Value));
        Assert.Equal("45", item.Elements(media + "content").Single(m => (string?)m.Attribute("medium") == "video").Attribute("duration")!.Value);
        Assert.Equal(["self", "next"], xml.Descendants(atom + "link").Select(l => l.Attribute("rel")!.Value));
    }

    [Fact]
    public void Atom_HasTheSameEntry()
    {
        XNamespace a = "http://www.w3.org/2005/Atom";
        var xml = XDocument.Parse(AtomWriter.Write(Model()));
        var entry = xml.Root!.Element(a + "entry")!;
        Assert.Equal("2024-04-30T16:00:00Z", entry.Element(a + "published")!.Value);
        Assert.Equal("html", entry.Element(a + "content")!.Attribute("type")!.Value);
        Assert.Contains(xml.Root.Elements(a + "link"), l => (string?)l.Attribute("rel") == "next");
    }

    [Fact]
    public void JsonFeed_HasContentImageAttachmentsAndTheCampaignExtension()
    {
        var feed = JsonDocument.Parse(JsonFeedWriter.Write(Model())).RootElement;
        Assert.Equal("https://example.cn/feeds/heritage/rss.xml?page=2", feed.GetProperty("next_url").GetString());
        var item = feed.GetProperty("items")[0];
        Assert.Equal("https://example.cn/media/a.jpg", item.GetProperty("image").GetString());
        Assert.Equal(2, item.GetProperty("attachments").GetArrayLength());
        Assert.Equal(45, item.GetProperty("attachments")[1].GetProperty("duration_in_seconds").GetInt32());
        Assert.Equal("national", item.GetProperty("_campaign").GetProperty("fields").GetProperty("level").GetString());
        Assert.Equal("https://example.cn/feeds", item.GetProperty("_campaign").GetProperty("about").GetString());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void NoScriptSurvives_IntoAnyFormat(string body)
    {
        foreach (var text in new[] { RssWriter.Write(Model(body)), AtomWriter.Write(Model(body)), JsonFeedWriter.Write(Model(body)) })
        {
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", text);
        }
    }

    [Fact]
    public void SameModel_SameText() => Assert.Equal(RssWriter.Write(Model()), RssWriter.Write(Model()));
}

public class VideoFeedTests
{
    [Theory]
    [InlineData("短标题", 30, "短标题")]
    [InlineData("一二三四五六七八九十", 5, "一二三四…")]
    [InlineData("🧵🧵🧵🧵", 3, "🧵🧵…")]
    public void Cut_CountsCharactersNotCodeUnits(string text, int length, string expected) =>
        Assert.Equal(expected, VideoFeed.Cut(text, length));
}
