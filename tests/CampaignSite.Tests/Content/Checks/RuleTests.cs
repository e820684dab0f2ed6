using CampaignSite.Content.Checks;
using CampaignSite.Content.Checks.Rules;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Checks;

/// <summary>Each rule on good and bad text.</summary>
public class RuleTests
{
    static readonly DateTimeOffset Published2023 = new(2023, 5, 26, 9, 0, 0, TimeSpan.FromHours(8));

    static List<CheckFinding> Run(ICheckRule rule, Document chinese, Document? english = null, CheckContext? context = null,
        IReadOnlyList<IReadOnlyDictionary<string, Document>>? history = null)
    {
        var variants = new Dictionary<string, Document> { [Cultures.Chinese] = chinese };
        if (english is not null) variants[Cultures.English] = english;
        return rule.Check(new CheckedDocument(DocumentTypes.Get(chinese.GetType()), variants, history ?? []), context ?? new CheckContext()).ToList();
    }

    static News NewsWith(string body) => TestDocuments.Valid<News>(n => { n.Body = body; n.Slug = "this-news"; });

    static Document English(Document chinese, string title, string body)
    {
        var english = CultureVariants.Shared(chinese);
        (english.Title, english.Summary, english.Body) = (title, "An English summary long enough to read well on a card.", body);
        return english;
    }

    [Fact]
    public void BrokenLink_ReportsLinksAndReferencesToMissingOrUnpublishedDocuments()
    {
        var context = new CheckContext { Documents = new Dictionary<(string, string), bool> { [("brand", "anta")] = true, [("news", "draft")] = false } };
        var news = NewsWith("见[安踏](/brands/anta)与[英文](/en/brands/anta?x=1#top)。\n\n[草稿](/news/draft)，[无](/products/none)，[外链](https://example.com/news/x)，[任务](/tasks/regional)。");
        news.Related = ["brand/anta", "news/draft", "product/none"];
        var findings = Run(new BrokenLinkRule(), news, context: context);
        Assert.Equal([
            "body 3 links to /news/draft, which is not published",
            "body 3 links to /products/none, which does not exist",
            "related 2 refers to news/draft, which is not published",
            "related 3 refers to product/none, which does not exist",
        ], findings.Select(f => $"{f.Field} {f.Line} {f.Message}"));
        Assert.All(findings, f => Assert.Equal(CheckSeverity.Error, f.Severity));
    }

    [Fact]
    public void BrokenLink_LetsAPageLinkToItself()
    {
        Assert.Empty(Run(new BrokenLinkRule(), NewsWith("[本页](/news/this-news)")));
    }

    [Fact]
    public void ImageAlt_ReportsImagesWithoutAltText()
    {
        var findings = Run(new ImageAltRule(), NewsWith("![苏绣针法](media/a.jpg)\n\n![](media/b.jpg)\n\n![ ](media/c.jpg)"));
        Assert.Equal([3, 5], findings.Select(f => f.Line));
        Assert.Contains("media/b.jpg has no alt text", findings[0].Message);
        Assert.Equal(CheckSeverity.Warning, findings[0].Severity);
    }

    [Fact]
    public void HeadingLevel_ReportsSkippedLevels_TheTitleBeingLevelOne()
    {
        Assert.Empty(Run(new HeadingLevelRule(), NewsWith("## 一\n\n### 二\n\n## 三\n\n### 四")));
        var findings = Run(new HeadingLevelRule(), NewsWith("### 开头\n\n正文\n\n## 二\n\n#### 四"));
        Assert.Equal([1, 7], findings.Select(f => f.Line));
        Assert.Equal("a level-4 heading (####) follows level 2: use ### (the title is level 1)", findings[1].Message);
    }

    [Fact]
    public void SummaryLength_NamesTheLimits()
    {
        Assert.Empty(Run(new SummaryLengthRule(), TestDocuments.Valid<News>(n => n.Summary = new string('纺', 60))));
        var finding = Assert.Single(Run(new SummaryLengthRule(), TestDocuments.Valid<News>(n => n.Summary = new string('纺', 121))));
        Assert.Equal("summary", finding.Field);
        Assert.StartsWith("is 121 characters; shorten it to at most 120 (20 to 120 in Chinese", finding.Message);
        Assert.Contains("lengthen it to at least 20", Assert.Single(Run(new SummaryLengthRule(), TestDocuments.Valid<News>(n => n.Summary = "太短。"))).Message);
    }

    [Fact]
    public void SeoLength_ChecksTitleAndDescriptionWhenSet()
    {
        Assert.Empty(Run(new SeoLengthRule(), TestDocuments.Valid<News>()));
        var news = TestDocuments.Valid<News>(n => { n.SeoTitle = new string('纺', 31); n.SeoDescription = new string('织', 50); });
        var finding = Assert.Single(Run(new SeoLengthRule(), news));
        Assert.Equal("seo_title", finding.Field);
        Assert.Contains("at most 30", finding.Message);
        var english = English(news, "Fair", "Body.");
        english.SeoTitle = new string('a', 66);
        Assert.Contains(Run(new SeoLengthRule(), news, english), f => f.Culture == Cultures.English && f.Message.Contains("at most 65"));
    }

    [Fact]
    public void StaleTranslation_ComparesTheChineseNowWithTheChineseWhenTheEnglishLastChanged()
    {
        var v1 = TestDocuments.Valid<News>(n => n.Body = "苏州刺绣以针代笔，以线代墨。");
        var v1English = English(v1, "Suzhou embroidery", "Needle for brush.");
        var v2 = TestDocuments.Valid<News>(n => n.Body = "苏州刺绣以针代笔，以线代墨，二〇二四年新增三项国家级代表性项目与六位传承人。");
        var history = new List<IReadOnlyDictionary<string, Document>> { new Dictionary<string, Document> { [Cultures.Chinese] = v1, [Cultures.English] = v1English } };

        var finding = Assert.Single(Run(new StaleTranslationRule(), v2, English(v2, "Suzhou embroidery", "Needle for brush."), history: history));
        Assert.Equal((Cultures.English, CheckSeverity.Warning), (finding.Culture, finding.Severity));
        Assert.Contains("last changed 1 version(s) ago", finding.Message);

        // A small correction, or reformatting, is no substantive change; nor is a new translation; nor a document without history.
        var corrected = TestDocuments.Valid<News>(n => n.Body = "苏州刺绣以针代笔， 以线代墨！");
        Assert.Empty(Run(new StaleTranslationRule(), corrected, English(corrected, "Suzhou embroidery", "Needle for brush."), history: history));
        Assert.Empty(Run(new StaleTranslationRule(), v2, English(v2, "Suzhou embroidery", "Needle for brush; new items and inheritors."), history: history));
        Assert.Empty(Run(new StaleTranslationRule(), v2, English(v2, "Suzhou embroidery", "Needle for brush.")));
    }

    [Fact]
    public void CoverFocalPoint_WarnsOnlyForAnUnsetFocalPointUnderAHardCrop()
    {
        var unset = new CheckContext { FocalPoints = new Dictionary<string, (double, double)> { ["media/a.jpg"] = (0.5, 0.5), ["media/b.jpg"] = (0.3, 0.6) } };
        var inFeeds = TestDocuments.Valid<News>(n => n.Cover = "media/a.jpg");
        Assert.Contains("2.35:1 for WeChat", Assert.Single(Run(new CoverFocalPointRule(), inFeeds, context: unset)).Message);
        var video = TestDocuments.Valid<News>(n => { n.Cover = "media/a.jpg"; n.Syndication.Feeds = false; n.Syndication.VideoCaption = "短视频文案"; });
        Assert.Contains("9:16 for short-video channels", Assert.Single(Run(new CoverFocalPointRule(), video, context: unset)).Message);
        Assert.Empty(Run(new CoverFocalPointRule(), TestDocuments.Valid<News>(n => { n.Cover = "media/a.jpg"; n.Syndication.Feeds = false; }), context: unset));
        Assert.Empty(Run(new CoverFocalPointRule(), TestDocuments.Valid<News>(n => n.Cover = "media/b.jpg"), context: unset));
        // Content files carry no focal points: not judged.
        Assert.Empty(Run(new CoverFocalPointRule(), inFeeds));
    }

    [Theory]
    [InlineData("2024年在乌鲁木齐举办对接会。", 2024)]
    [InlineData("后来写入了2023年纺织服装优供给促升级活动。", 0)]
    [InlineData("The 2024 fair in Urumqi.", 2024)]
    public void FutureYear_ReportsYearsAfterThePublishedYear(string body, int expected)
    {
        var english = body.Any(char.IsAsciiLetter);
        var news = TestDocuments.Valid<News>(n => { n.Body = english ? "正文。" : body; n.Published = Published2023; });
        var findings = Run(new FutureYearRule(), news, english ? English(news, "Fair", body) : null);
        if (expected == 0) { Assert.Empty(findings); return; }
        var finding = Assert.Single(findings);
        Assert.StartsWith($"names {expected}, later than the published date (2023-05-26)", finding.Message);
    }

    [Theory]
    [InlineData("到2025年，培育一批知名品牌。")]
    [InlineData("为实现2025年产业用纺织品的发展目标，各地加快布局。")]
    [InlineData("力争2025年前完成改造。")]
    [InlineData("“十四五”（2021—2025年）规划。")]
    [InlineData("至2030年废旧纺织品循环利用率达到30%。")]
    [InlineData("企业数量达到2025家。")]
    [InlineData("Recycling rates are to rise by 2030.")]
    [InlineData("Its 2030 targets are set.")]
    [InlineData("See [the plan](https://example.com/2030/plan).")]
    public void FutureYear_DoesNotCountTargetsPlansOrQuantities(string body)
    {
        var news = TestDocuments.Valid<News>(n => { n.Body = body; n.Published = Published2023; });
        Assert.Empty(Run(new FutureYearRule(), news, English(news, "Fair", body)));
    }

    [Fact]
    public void Rules_HaveKebabCaseIds_AndTheAgreedSeverities()
    {
        Assert.All(CheckRules.All, r => Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", r.Id));
        Assert.Equal(CheckRules.All.Count, CheckRules.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(["broken-link", "misused-word"], CheckRules.All.Where(r => r.Severity == CheckSeverity.Error).Select(r => r.Id).Order());
    }
}
