using CampaignSite.Content.Files;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Files;

public class DocumentReaderTests
{
    const string Brand = """
        ---
        type: brand
        title: 波司登
        slug: bosideng
        summary: 羽绒服品牌。
        tags:
        - 羽绒服
        tasks: [design-brand, supply-chain]
        region:
          province: jiangsu
          city: 常熟
        published: 2024-05-01T09:00:00+08:00
        featured: true
        kind: consumer
        company: 波司登股份
        founded: 1976
        syndication:
          hashtags: [波司登]
          video_url: https://v.example.cn/a.mp4
          video_duration: 45
        ---

        ## 品牌
        正文。
        """;

    [Fact]
    public void Read_TypedFieldsFromFrontMatterAndBody()
    {
        var (doc, errors) = DocumentReader.Read(Brand, Cultures.Chinese);
        Assert.Empty(errors);
        var b = Assert.IsType<Brand>(doc);
        Assert.Equal("bosideng", b.Slug);
        Assert.Equal([TaskArea.DesignBrand, TaskArea.SupplyChain], b.Tasks);
        Assert.Equal(BrandKind.Consumer, b.Kind);
        Assert.Equal(1976, b.Founded);
        Assert.Equal("常熟", b.Region!.City);
        Assert.Equal(TimeSpan.FromHours(8), b.Published.Offset);
        Assert.True(b.Featured);
        Assert.Equal(45, b.Syndication.VideoDuration);
        Assert.True(b.Syndication.Feeds);
        Assert.Equal("## 品牌\n正文。", b.Body);
    }

    [Fact]
    public void BrokenYaml_IsReportedWithItsLine()
    {
        var (_, errors) = DocumentReader.Read("---\ntype: news\ntitle: a\n  bad: indent\n---\nbody", Cultures.Chinese);
        var e = Assert.Single(errors);
        Assert.Equal("front matter", e.Field);
        Assert.Contains("broken YAML at line 4 of the file", e.Message);
    }

    [Fact]
    public void UnclosedList_IsBrokenYamlNotACrash()
    {
        var (_, errors) = DocumentReader.Read("---\ntitle: a\ntags: [a, b\nslug: x\n---\nbody", Cultures.Chinese);
        Assert.Contains("broken YAML", Assert.Single(errors).Message);
    }

    [Fact]
    public void MissingFrontMatter_IsExplained()
    {
        var (_, errors) = DocumentReader.Read("# just markdown", Cultures.Chinese);
        Assert.Contains("must start with a '---' line", Assert.Single(errors).Message);
    }

    [Fact]
    public void UnknownField_IsAnErrorWithASuggestion()
    {
        var (_, errors) = DocumentReader.Read(Brand.Replace("founded: 1976", "foundd: 1976"), Cultures.Chinese);
        var e = Assert.Single(errors);
        Assert.Equal("foundd", e.Field);
        Assert.Contains("did you mean 'founded'", e.Message);
    }

    [Fact]
    public void UnknownType_ListsTheTypes()
    {
        var (_, errors) = DocumentReader.Read(Brand.Replace("type: brand", "type: company"), Cultures.Chinese);
        Assert.Contains("brand, technology, product, heritage, news", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("published: 2024-05-01T09:00:00+08:00", "published: 2024-05-01", "published", "offset")]
    [InlineData("kind: consumer", "kind: luxury", "kind", "consumer, manufacturing, regional")]
    [InlineData("founded: 1976", "founded: long ago", "founded", "not a whole number")]
    [InlineData("featured: true", "featured: yes", "featured", "true or false")]
    [InlineData("tasks: [design-brand, supply-chain]", "tasks: design-brand", "tasks", "must be a list")]
    [InlineData("tasks: [design-brand, supply-chain]", "tasks: [fashion]", "tasks", "smart-green, regional")]
    [InlineData("  video_duration: 45", "  video_duration: [45]", "syndication.video_duration", "single value")]
    public void BadValues_NameTheFieldAndTheRule(string from, string to, string field, string fragment)
    {
        var (_, errors) = DocumentReader.Read(Brand.Replace(from, to), Cultures.Chinese);
        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(fragment));
    }

    [Fact]
    public void MissingRequiredChoice_IsReported()
    {
        var (_, errors) = DocumentReader.Read(Brand.Replace("kind: consumer\n", ""), Cultures.Chinese);
        Assert.Contains(errors, e => e.Field == "kind" && e.Message == "is required");
    }

    [Fact]
    public void EnglishFile_TakesSharedFieldsFromChinese()
    {
        var chinese = DocumentReader.Read(Brand, Cultures.Chinese).Document!;
        var (english, errors) = DocumentReader.Read("""
            ---
            type: brand
            slug: bosideng
            title: Bosideng
            summary: A down apparel brand.
            company: Bosideng Co.
            region:
              city: Changshu
            ---
            Body.
            """, Cultures.English, chinese);
        Assert.Empty(errors);
        var b = Assert.IsType<Brand>(english);
        Assert.Equal("Bosideng", b.Title);
        Assert.Equal(1976, b.Founded);
        Assert.Equal("jiangsu", b.Region!.Province);
        Assert.Equal("Changshu", b.Region.City);
        Assert.Empty(b.Tags); // tags vary by culture: not carried over from Chinese
        Assert.Equal("https://v.example.cn/a.mp4", b.Syndication.VideoUrl);
        Assert.Empty(b.Syndication.Hashtags);
    }

    [Fact]
    public void EnglishFile_CannotSetSharedFields()
    {
        var chinese = DocumentReader.Read(Brand, Cultures.Chinese).Document!;
        var (_, errors) = DocumentReader.Read("---\ntype: brand\nslug: bosideng\ntitle: B\nsummary: s\nfounded: 1980\nregion:\n  province: zhejiang\n---\nb", Cultures.English, chinese);
        Assert.Equal(["founded", "region.province"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains("shared by all cultures", e.Message));
    }

    [Fact]
    public void EnglishFile_SlugMustMatch()
    {
        var chinese = DocumentReader.Read(Brand, Cultures.Chinese).Document!;
        var (_, errors) = DocumentReader.Read("---\ntype: brand\nslug: other\ntitle: B\nsummary: s\n---\nb", Cultures.English, chinese);
        Assert.Contains(errors, e => e.Field == "slug" && e.Message.Contains("the Chinese file says 'bosideng'"));
    }
}
