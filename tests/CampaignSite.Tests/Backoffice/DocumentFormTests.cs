using CampaignSite.Backoffice.Editing;
using CampaignSite.Content.Types;
using Microsoft.Extensions.Primitives;

namespace CampaignSite.Tests.Backoffice;

public class DocumentFormTests
{
    static readonly DocumentType BrandType = DocumentTypes.Find("brand")!;

    static Func<string, StringValues> Form(Dictionary<string, string[]> values) => name => values.TryGetValue(name, out var v) ? new StringValues(v) : StringValues.Empty;

    [Fact]
    public void Bind_ReadsEveryKindOfField_AndValuesGivesThemBack()
    {
        var posted = new Dictionary<string, string[]>
        {
            ["zh-CN.title"] = ["波司登"], ["zh-CN.slug"] = ["bosideng"], ["zh-CN.summary"] = ["羽绒服品牌。"],
            ["zh-CN.tags"] = ["羽绒服, 品牌，常熟"], ["zh-CN.tasks"] = ["design-brand", "smart-green"],
            ["zh-CN.region.province"] = ["jiangsu"], ["zh-CN.region.city"] = ["常熟"], ["zh-CN.published"] = ["2024-05-01T09:30"],
            ["zh-CN.featured"] = ["true"], ["zh-CN.kind"] = ["consumer"], ["zh-CN.company"] = ["波司登股份"], ["zh-CN.founded"] = ["1976"],
            ["zh-CN.syndication.feeds"] = [], ["zh-CN.syndication.hashtags"] = ["羽绒服"], ["zh-CN.body"] = ["第一段。\r\n\r\n第二段。"],
            ["en.title"] = ["Bosideng"], ["en.summary"] = ["A down-jacket brand."], ["en.body"] = ["English."],
        };
        var (variants, errors) = DocumentForm.Bind(BrandType, Form(posted));
        Assert.Empty(errors);
        var zh = (Brand)variants[Cultures.Chinese];
        Assert.Equal(["羽绒服", "品牌", "常熟"], zh.Tags);
        Assert.Equal([TaskArea.DesignBrand, TaskArea.SmartGreen], zh.Tasks);
        Assert.Equal("jiangsu", zh.Region!.Province);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(8)), zh.Published);
        Assert.True(zh.Featured);
        Assert.False(zh.Syndication.Feeds);
        Assert.Equal(1976, zh.Founded);
        Assert.Equal("第一段。\n\n第二段。", zh.Body);
        Assert.Equal("bosideng", variants[Cultures.English].Slug);

        var values = DocumentForm.Values(BrandType, variants);
        Assert.Equal(["2024-05-01T09:30"], values["zh-CN.published"]);
        Assert.Equal(["design-brand", "smart-green"], values["zh-CN.tasks"]);
        Assert.Equal(["true"], values["zh-CN.featured"]);
        Assert.False(values.ContainsKey("en.slug"));
    }

    [Fact]
    public void Bind_WithoutEnglishValues_HasNoEnglishVariant_AndNoRegion()
    {
        var (variants, errors) = DocumentForm.Bind(BrandType, Form(new() { ["zh-CN.title"] = ["标题"] }));
        Assert.Empty(errors);
        Assert.False(variants.ContainsKey(Cultures.English));
        Assert.Null(variants[Cultures.Chinese].Region);
    }

    [Theory]
    [InlineData("zh-CN.founded", "nineteen", "is not a whole number")]
    [InlineData("zh-CN.kind", "famous", "must be one of")]
    [InlineData("zh-CN.published", "May Day", "is not a date and time")]
    [InlineData("zh-CN.tasks", "weaving", "must be one of")]
    public void Bind_ReportsValuesOfTheWrongKind_ByField(string name, string value, string message)
    {
        var (_, errors) = DocumentForm.Bind(BrandType, Form(new() { [name] = [value] }));
        var error = Assert.Single(errors);
        Assert.Equal(name[(name.IndexOf('.') + 1)..], error.Error.Field);
        Assert.Contains(message, error.Error.Message);
    }

    [Fact]
    public void Diff_NamesTheChangedFieldsOnly()
    {
        var a = new Brand { Title = "旧", Slug = "b", Summary = "同", Body = "正文" };
        var b = new Brand { Title = "新", Slug = "b", Summary = "同", Body = "正文" };
        var change = Assert.Single(DocumentDiff.Compare(BrandType, new Dictionary<string, Document> { [Cultures.Chinese] = a }, new Dictionary<string, Document> { [Cultures.Chinese] = b }));
        Assert.Equal(("title", "旧", "新"), (change.Field, change.Before, change.After));
    }

    [Theory]
    [InlineData("Suzhou Embroidery: Threads of 2024!", "suzhou-embroidery-threads-of-2024")]
    [InlineData(null, "news-20261122-0930")]
    [InlineData("苏绣", "news-20261122-0930")]
    public void SlugMaker_UsesTheEnglishTitleOrTheDate(string? english, string expected) =>
        Assert.Equal(expected, SlugMaker.From(english, "news", new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8))));

    [Fact]
    public async Task SlugMaker_AddsANumberUntilFree()
    {
        var taken = new HashSet<string> { "a-slug", "a-slug-2" };
        Assert.Equal("a-slug-3", await SlugMaker.UniqueAsync("a-slug", s => Task.FromResult(taken.Contains(s))));
    }
}
