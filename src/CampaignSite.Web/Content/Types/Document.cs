using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>
/// The Page composition every document type shares: what a reader sees of any document.
/// Field order here is the order of keys in content files and of fields in forms.
/// </summary>
public abstract class Document
{
    [Label("类型", "Type")] public string Type => DocumentTypes.Get(GetType()).Name;

    [Required, Length(1, 80), Culture, Label("标题", "Title")]
    public string Title { get; set; } = "";

    [Required, Slug, Label("网址别名", "Slug")]
    public string Slug { get; set; } = "";

    [Required, Length(1, 300), Culture, Label("摘要", "Summary")]
    public string Summary { get; set; } = "";

    [Items(0, 12, 1, 30), Culture, Label("标签", "Tags")]
    public List<string> Tags { get; set; } = [];

    [Required, Items(1, 5), Label("任务方向", "Task areas")]
    public List<TaskArea> Tasks { get; set; } = [];

    [Label("地区", "Region")]
    public Region? Region { get; set; }

    [Required, Label("发布日期", "Published")]
    public DateTimeOffset Published { get; set; }

    [Label("推荐", "Featured")]
    public bool Featured { get; set; }

    [Media, Label("封面图", "Cover image")]
    public string? Cover { get; set; }

    [RequiredWith(nameof(Cover)), Length(1, 200), Culture, Label("封面图替代文本", "Cover alt text")]
    public string? CoverAlt { get; set; }

    [Length(0, 70), Culture, Label("SEO 标题", "SEO title")]
    public string? SeoTitle { get; set; }

    [Length(0, 160), Culture, Label("SEO 描述", "SEO description")]
    public string? SeoDescription { get; set; }

    /// <summary>Where the facts come from: the original release of a news item, the page a brand's facts are taken from.</summary>
    [Url, Label("来源链接", "Source link")]
    public string? SourceUrl { get; set; }

    [Label("分发", "Syndication")]
    public Syndication Syndication { get; set; } = new();

    [Required, Body, Culture, Label("正文", "Body")]
    public string Body { get; set; } = "";
}

/// <summary>Where a document is: a province id and, optionally, a city.</summary>
public sealed class Region
{
    [Required, Province, Label("省份", "Province")]
    public string Province { get; set; } = "";

    [Length(0, 40), Culture, Label("城市", "City")]
    public string? City { get; set; }
}

/// <summary>The Syndication composition: how partner media and channels reuse a document.</summary>
public sealed class Syndication
{
    [Label("进入订阅源", "Include in feeds")]
    public bool Feeds { get; set; } = true;

    [Length(0, 120), Culture, Label("微信摘要", "WeChat digest")]
    public string? WechatDigest { get; set; }

    [Length(0, 1000), Culture, Label("短视频文案", "Short-video caption")]
    public string? VideoCaption { get; set; }

    [Items(0, 5, 1, 20), Culture, Label("话题标签", "Hashtags")]
    public List<string> Hashtags { get; set; } = [];

    [Url, Label("视频地址", "Video URL")]
    public string? VideoUrl { get; set; }

    [RequiredWith(nameof(VideoUrl)), Range(1, 3600), Label("视频时长（秒）", "Video duration (seconds)")]
    public int? VideoDuration { get; set; }
}
