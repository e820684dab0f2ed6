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
            new Dictionary<string, object?> { ["level"] = "national" })], "https://example.cn/websub");

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
        Assert.Equal(["self", "hub", "next"], xml.Descendants(atom + "link").Select(l => l.Attribute("rel")!.Value));
        Assert.Equal("https://example.cn/websub", xml.Descendants(atom + "link").Single(l => (string?)l.Attribute("rel") == "hub").Attribute("href")!.Value);
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

    /// <summary>Byte-for-byte snapshots: a change in any format shows up here and is reviewed with the snapshot.</summary>
    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    public void Output_MatchesItsSnapshot(string file)
    {
        var text = file switch { "rss.xml" => RssWriter.Write(Model()), "atom.xml" => AtomWriter.Write(Model()), _ => JsonFeedWriter.Write(Model()) };
        var snapshot = Path.Combine(AppContext.BaseDirectory, "Feeds", "Snapshots", file);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(Path.Combine(SourceDirectory(), "Feeds", "Snapshots", file), text);
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
    }

    static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;
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

public class WeChatHtmlTests
{
    static string Convert(string html) => WeChatHtml.Convert(html, "https://example.cn").Html;

    [Fact]
    public void KeepsOnlyWeChatTags_WithInlineStylesAndNoClassesOrHandlers()
    {
        var html = Convert("<div class=\"x\" id=\"y\"><h2 id=\"t\">标题</h2><p onclick=\"alert(1)\" class=\"c\">正文<code>co2</code></p><hr><h6>小</h6></div>");
        Assert.Equal(
            "<h2 style=\"margin:1.2em 0 .6em;font-size:20px;font-weight:bold;color:#1f3a5f;\">标题</h2>" +
            "<p style=\"margin:0 0 1em;line-height:1.75;font-size:16px;color:#333333;\">正文<span>co2</span></p>" +
            "<h4 style=\"margin:1em 0 .5em;font-size:16px;font-weight:bold;color:#1f3a5f;\">小</h4>", html);
    }

    [Fact]
    public void DropsScriptsStylesAndFrames() =>
        Assert.Equal("<p style=\"margin:0 0 1em;line-height:1.75;font-size:16px;color:#333333;\">a</p>",
            Convert("<script>alert(1)</script><style>p{}</style><iframe src=\"https://x\"></iframe><p>a</p>"));

    [Fact]
    public void FlattensNestedLists()
    {
        var html = Convert("<ul><li>一<ul><li>一甲</li><li>一乙</li></ul></li><li>二</li></ul>");
        Assert.Equal(1, html.Split("<ul").Length - 1);
        Assert.Equal(["一", "— 一甲", "— 一乙", "二"],
            System.Text.RegularExpressions.Regex.Matches(html, "<li[^>]*>(.*?)</li>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void MakesLinksAndImagesAbsolute_AndListsTheImages()
    {
        var (html, images) = WeChatHtml.Convert("<p><a href=\"/news/a\">a</a><a href=\"javascript:alert(1)\">b</a><img src=\"/media/a.jpg\" alt=\"图\"><img src=\"data:x\"></p>", "https://example.cn");
        Assert.Contains("href=\"https://example.cn/news/a\"", html);
        Assert.DoesNotContain("javascript", html);
        Assert.DoesNotContain("data:", html);
        Assert.Equal(["https://example.cn/media/a.jpg"], images);
    }

    [Fact]
    public void LongContent_IsCutUnderTheLimit()
    {
        var html = Convert(string.Concat(Enumerable.Repeat("<p>" + new string('字', 300) + "</p>", 200)));
        Assert.True(html.Length < WeChatHtml.MaxLength);
        Assert.EndsWith("</p>", html);
    }

    [Theory]
    [InlineData(130, "。", true)]
    [InlineData(20, "。", false)]
    public void Digest_CutsAtASentenceEnd(int sentenceLength, string end, bool cut)
    {
        var text = new string('甲', 100) + end + new string('乙', sentenceLength);
        var digest = WeChatFeed.Digest(text);
        Assert.True(digest.Length <= WeChatFeed.DigestLength);
        Assert.Equal(cut, digest.EndsWith("。"));
    }
}
