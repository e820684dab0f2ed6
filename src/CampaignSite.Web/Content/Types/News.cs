using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>News and activity reports. Needs nothing beyond the shared fields.</summary>
[DocumentType("news", "news", "新闻", "News")]
public sealed class News : Document
{
    [Length(0, 100), Culture, Label("来源", "Source")]
    public string? Source { get; set; }

    [Length(0, 60), Culture, Label("作者", "Author")]
    public string? Author { get; set; }

    [Label("活动日期", "Event date")]
    public DateTimeOffset? EventDate { get; set; }

    [Length(0, 100), Culture, Label("活动地点", "Event place")]
    public string? EventPlace { get; set; }

    [AnyReference, Label("相关内容", "Related")]
    public List<string> Related { get; set; } = [];
}
