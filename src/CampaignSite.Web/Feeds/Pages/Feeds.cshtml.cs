namespace CampaignSite.Feeds.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using CampaignSite.Feeds;

/// <summary>/feeds: every feed, for partner media, with who each one is for.</summary>
public sealed class FeedsModel(PublishedContent content) : SitePage
{
    public IReadOnlyList<string> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = T("feeds");
        Description = T("feeds.intro");
        CanonicalPath = "/feeds";
        Tags = await content.TagsAsync(Culture, ct);
    }

    public IEnumerable<(string Name, string Who, FeedScope Scope)> Scopes()
    {
        yield return (T("feeds.site"), T("feeds.site.who"), FeedScope.Site);
        foreach (var type in DocumentTypes.All) yield return (type.Label(Culture), T("feeds.type.who"), FeedScope.ForType(type));
        foreach (var task in Enum.GetValues<TaskArea>()) yield return (ChoiceLabels.Label(task, Culture), T("feeds.task.who"), FeedScope.ForTask(task));
    }
}
