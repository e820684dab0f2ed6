using CampaignSite.Content.Types;

namespace CampaignSite.Content.Delivery;

/// <summary>What a feed holds: everything, one type, one task area or one tag. The one place feed paths are spelled.</summary>
public sealed record FeedScope(string Path, DocumentType? Type = null, TaskArea? Task = null, string? Tag = null)
{
    public static readonly string[] Files = ["rss.xml", "atom.xml", "feed.json"];

    public static FeedScope Site { get; } = new("/feeds/");
    public static FeedScope ForType(DocumentType type) => new($"/feeds/{type.Section}/", Type: type);
    public static FeedScope ForTask(TaskArea task) => new($"/feeds/tasks/{ChoiceLabels.Id(task)}/", Task: task);
    public static FeedScope ForTag(string tag) => new($"/feeds/tags/{Uri.EscapeDataString(tag)}/", Tag: tag);

    public string Title(string culture)
    {
        var site = Site_(culture);
        return Type is not null ? $"{Type.Label(culture)} · {site}"
            : Task is { } t ? $"{ChoiceLabels.Label(t, culture)} · {site}"
            : Tag is not null ? $"#{Tag} · {site}" : site;
    }

    static string Site_(string culture) => SiteText.Get("site", culture);
}
