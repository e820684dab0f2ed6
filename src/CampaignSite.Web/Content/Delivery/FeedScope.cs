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

    /// <summary>The scope and file a path under /feeds/ names (rss.xml, brands/atom.xml, tasks/opening-up/feed.json, tags/丝绸/rss.xml).</summary>
    public static bool TryParse(string path, out FeedScope scope, out string file)
    {
        scope = Site;
        var parts = path.Split('/');
        file = parts[^1];
        if (!Files.Contains(file)) return false;
        switch (parts.Length)
        {
            case 1: return true;
            case 2 when DocumentTypes.FindSection(parts[0]) is { } type: scope = ForType(type); return true;
            case 3 when parts[0] == "tasks" && ChoiceLabels.TryParse(typeof(TaskArea), parts[1], out var task): scope = ForTask((TaskArea)task!); return true;
            case 3 when parts[0] == "tags" && parts[1].Length is > 0 and <= 30 && !parts[1].Contains('|'): scope = ForTag(parts[1]); return true;
            default: return false;
        }
    }

    public string Title(string culture)
    {
        var site = Site_(culture);
        return Type is not null ? $"{Type.Label(culture)} · {site}"
            : Task is { } t ? $"{ChoiceLabels.Label(t, culture)} · {site}"
            : Tag is not null ? $"#{Tag} · {site}" : site;
    }

    static string Site_(string culture) => SiteText.Get("site", culture);
}
