using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Types;

public class ValidationTests
{
    static List<FieldError> Check(Document d, params string[] existing) => Validator.Validate(d, new TestDocuments.Rules(existing));

    static void AssertError(Document d, string field, string fragment, params string[] existing)
    {
        var errors = Check(d, existing);
        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(fragment));
    }

    [Fact]
    public void ValidDocumentsOfEveryType_HaveNoErrors()
    {
        Assert.Empty(Check(TestDocuments.Valid<Brand>()));
        Assert.Empty(Check(TestDocuments.Valid<Technology>()));
        Assert.Empty(Check(TestDocuments.Valid<Product>()));
        Assert.Empty(Check(TestDocuments.Valid<Heritage>()));
        Assert.Empty(Check(TestDocuments.Valid<News>()));
    }

    [Fact]
    public void Page_RequiresTitleSummaryBodyTasksAndDate()
    {
        var d = new News { Slug = "a" };
        var fields = Check(d).Select(e => e.Field).ToList();
        Assert.Equal(["title", "summary", "tasks", "published", "body"], fields);
    }

    [Theory]
    [InlineData("Suzhou")]
    [InlineData("su--zhou")]
    [InlineData("-suzhou")]
    [InlineData("苏绣")]
    [InlineData("a/b")]
    public void Slug_MustBeLowercaseWordsWithSingleHyphens(string slug) =>
        AssertError(TestDocuments.Valid<News>(n => n.Slug = slug), "slug", "lowercase");

    [Fact]
    public void Title_LongerThan80Characters_IsRefusedWithItsLength() =>
        AssertError(TestDocuments.Valid<News>(n => n.Title = new string('绣', 81)), "title", "1 to 80 characters (is 81)");

    [Fact]
    public void CoverAlt_IsRequiredOnceACoverIsSet()
    {
        AssertError(TestDocuments.Valid<News>(n => n.Cover = "media/a.jpg"), "cover_alt", "required when 'cover'", "media/a.jpg");
        Assert.Empty(Check(TestDocuments.Valid<News>(n => { n.Cover = "media/a.jpg"; n.CoverAlt = "图"; }), "media/a.jpg"));
    }

    [Fact]
    public void Cover_MustBeInTheMediaLibrary() =>
        AssertError(TestDocuments.Valid<News>(n => { n.Cover = "media/missing.jpg"; n.CoverAlt = "图"; }), "cover", "not in the media library");

    [Fact]
    public void Cover_CannotWalkOutOfTheMediaFolder() =>
        AssertError(TestDocuments.Valid<News>(n => { n.Cover = "media/../appsettings.json"; n.CoverAlt = "x"; }), "cover", "must be a path like");

    [Fact]
    public void Syndication_VideoUrlMustBeHttpAndNeedsADuration()
    {
        AssertError(TestDocuments.Valid<News>(n => n.Syndication.VideoUrl = "javascript:alert(1)"), "syndication.video_url", "http");
        AssertError(TestDocuments.Valid<News>(n => n.Syndication.VideoUrl = "https://v.example.cn/1.mp4"), "syndication.video_duration", "required when");
        AssertError(TestDocuments.Valid<News>(n => { n.Syndication.VideoUrl = "https://v.example.cn/1.mp4"; n.Syndication.VideoDuration = 4000; }), "syndication.video_duration", "between 1 and 3600");
    }

    [Fact]
    public void Syndication_AtMostFiveHashtags() =>
        AssertError(TestDocuments.Valid<News>(n => n.Syndication.Hashtags = ["a", "b", "c", "d", "e", "f"]), "syndication.hashtags", "0 to 5 items");

    [Fact]
    public void Tags_MustNotRepeat() =>
        AssertError(TestDocuments.Valid<News>(n => n.Tags = ["丝绸", "丝绸"]), "tags", "repeat");

    [Fact]
    public void Region_ProvinceMustBeAKnownId()
    {
        AssertError(TestDocuments.Valid<News>(n => n.Region = new Region { Province = "atlantis" }), "region.province", "not a province id");
        Assert.Empty(Check(TestDocuments.Valid<News>(n => n.Region = new Region { Province = "xinjiang", City = "乌鲁木齐" })));
    }

    [Fact]
    public void Brand_FoundedYearCannotBeInTheFuture()
    {
        AssertError(TestDocuments.Valid<Brand>(b => b.Founded = DateTime.UtcNow.Year + 1), "founded", "year between 1800");
        AssertError(TestDocuments.Valid<Brand>(b => b.Founded = 1700), "founded", "year between 1800");
    }

    [Fact]
    public void Brand_WebsiteMustBeAbsoluteHttp() =>
        AssertError(TestDocuments.Valid<Brand>(b => b.Website = "www.bosideng.com"), "website", "absolute http");

    [Theory]
    [InlineData("/news/campaign-notice-2023")]
    [InlineData("www.miit.gov.cn")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://ftp.miit.gov.cn/notice.pdf")]
    [InlineData("http:www.miit.gov.cn")]
    [InlineData("https://")]
    [InlineData("not a url")]
    public void SourceUrl_MustBeAnAbsoluteHttpAddress_AndTheMessageSaysWhichValue(string url)
    {
        AssertError(TestDocuments.Valid<News>(n => n.SourceUrl = url), "source_url", $"'{url}' must be an absolute http or https URL");
        AssertError(TestDocuments.Valid<Heritage>(h => h.SourceUrl = url), "source_url", "absolute http or https URL");
    }

    [Fact]
    public void SourceUrl_IsOptional_AndTakesHttpAndHttps()
    {
        Assert.Empty(Check(TestDocuments.Valid<Brand>(b => b.SourceUrl = "https://ir.anta.com")));
        Assert.Empty(Check(TestDocuments.Valid<News>(n => n.SourceUrl = "http://risencolor.com/NewsInfo-905.html")));
        Assert.Empty(Check(TestDocuments.Valid<Product>(p => p.SourceUrl = null)));
    }

    [Fact]
    public void Brand_RelatedProductsMustExist()
    {
        AssertError(TestDocuments.Valid<Brand>(b => b.RelatedProducts = ["silk-scarf"]), "related_products", "product 'silk-scarf', which does not exist");
        Assert.Empty(Check(TestDocuments.Valid<Brand>(b => b.RelatedProducts = ["silk-scarf"]), "product/silk-scarf"));
    }

    [Fact]
    public void Technology_ProviderMustBeABrand() =>
        AssertError(TestDocuments.Valid<Technology>(t => t.Provider = "weiqiao"), "provider", "brand 'weiqiao'", "product/weiqiao");

    [Fact]
    public void Product_NeedsMaterials() =>
        AssertError(TestDocuments.Valid<Product>(p => p.Materials = []), "materials", "required");

    [Fact]
    public void Heritage_RelatedMustBeTypeSlugOfAnExistingDocument()
    {
        AssertError(TestDocuments.Valid<Heritage>(h => h.Related = ["xiangyunsha-qipao"]), "related", "must be written type/slug");
        AssertError(TestDocuments.Valid<Heritage>(h => h.Related = ["product/nothing"]), "related", "does not exist");
        Assert.Empty(Check(TestDocuments.Valid<Heritage>(h => h.Related = ["product/xiangyunsha-qipao"]), "product/xiangyunsha-qipao"));
    }

    [Fact]
    public void Heritage_BatchWithinRange() =>
        AssertError(TestDocuments.Valid<Heritage>(h => h.Batch = 11), "batch", "between 1 and 10");

    [Fact]
    public void News_NeedsNothingBeyondTheSharedFields()
    {
        var news = new News
        {
            Title = "t", Slug = "t", Summary = "s", Body = "b", Tasks = [TaskArea.OpeningUp],
            Published = DateTimeOffset.Parse("2024-01-01T00:00:00+08:00"),
        };
        Assert.Empty(Check(news));
    }

    [Fact]
    public void SecondCulture_ChecksOnlyItsOwnFields()
    {
        var english = TestDocuments.Valid<News>(n => { n.Title = ""; n.Cover = "media/missing.jpg"; n.CoverAlt = "alt"; });
        var errors = Validator.Validate(english, new TestDocuments.Rules(), cultureFieldsOnly: true);
        Assert.Equal(["title"], errors.Select(e => e.Field));
    }
}
