using CampaignSite.Content.Files;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Files;

public class DocumentWriterTests
{
    [Fact]
    public void Write_KeysInFieldOrder_DefaultsLeftOut()
    {
        var news = TestDocuments.Valid<News>(n => { n.Tags = ["丝绸", "true"]; n.Region = new Region { Province = "jiangsu" }; });
        var text = DocumentWriter.Write(news, Cultures.Chinese);
        Assert.Equal("""
            ---
            type: news
            title: 苏绣
            slug: suzhou-embroidery
            summary: 以针代笔的苏州刺绣。
            tags:
            - 丝绸
            - "true"
            tasks:
            - design-brand
            region:
              province: jiangsu
            published: 2024-03-01T09:00:00+08:00
            ---

            正文。

            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void EnglishFile_HoldsOnlyCultureFields()
    {
        var news = TestDocuments.Valid<News>(n => { n.Title = "Suzhou embroidery"; n.Source = "MIIT"; n.EventDate = DateTimeOffset.Parse("2024-01-01T00:00:00+08:00"); });
        var text = DocumentWriter.Write(news, Cultures.English);
        Assert.StartsWith("---\ntype: news\nslug: suzhou-embroidery\ntitle: Suzhou embroidery\n", text);
        Assert.Contains("source: MIIT", text);
        Assert.DoesNotContain("tasks", text);
        Assert.DoesNotContain("published", text);
        Assert.DoesNotContain("event_date", text);
    }

    [Fact]
    public void WriteThenRead_GivesTheSameDocumentAndBytes()
    {
        var brand = TestDocuments.Valid<Brand>(b =>
        {
            b.Title = "标题: 含冒号 # 与井号"; b.Kind = BrandKind.Regional; b.Founded = 1990; b.Website = "https://example.cn/a?b=c";
            b.Syndication = new Syndication { Feeds = false, Hashtags = ["- 开头"], WechatDigest = "'引号' \"双引号\"" };
            b.Body = "第一段\n\n- 列表\n\n```\ncode\n```";
        });
        var first = DocumentWriter.Write(brand, Cultures.Chinese);
        var (read, errors) = DocumentReader.Read(first, Cultures.Chinese);
        Assert.Empty(errors);
        Assert.Equal(first, DocumentWriter.Write(read!, Cultures.Chinese));
        var b = Assert.IsType<Brand>(read);
        Assert.Equal("标题: 含冒号 # 与井号", b.Title);
        Assert.False(b.Syndication.Feeds);
        Assert.Equal(["- 开头"], b.Syndication.Hashtags);
    }
}
