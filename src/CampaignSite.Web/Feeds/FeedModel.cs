namespace CampaignSite.Feeds;

/// <summary>One entry as every feed format needs it: absolute URLs, sanitized HTML, typed facts.</summary>
public sealed record FeedEntry(
    string Id, string Url, string Title, string Summary, string ContentHtml, DateTime PublishedUtc, DateTime UpdatedUtc,
    IReadOnlyList<string> Tags, IReadOnlyList<string> Tasks, string Type, string? Region,
    FeedEnclosure? Image, FeedEnclosure? Video, IReadOnlyDictionary<string, object?> Fields);

/// <summary>A file attached to an entry. Preview: a processed image URL for readers that show a picture (JSON Feed's image).</summary>
public sealed record FeedEnclosure(string Url, string MediaType, long Length, int? Duration = null, string? Preview = null);

/// <summary>A feed: what it is, where it lives, its entries, the page links of RFC 5005, and the WebSub hub that pushes it.</summary>
public sealed record FeedModel(
    string Title, string Description, string Language, string HomeUrl, string SelfUrl, string? NextUrl,
    DateTime UpdatedUtc, IReadOnlyList<FeedEntry> Entries, string HubUrl)
{
    /// <summary>The URL of this feed in another format, for alternate links.</summary>
    public string Format(string file) => SelfUrl[..(SelfUrl.LastIndexOf('/') + 1)] + file;
}
