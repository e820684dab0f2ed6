namespace CampaignSite.Feeds;

/// <summary>A feed model as the text of its file (rss.xml, atom.xml, feed.json), with the media type it is served as.</summary>
public static class FeedFormats
{
    public static (string Text, string ContentType) Write(FeedModel feed, string file) => file switch
    {
        "rss.xml" => (RssWriter.Write(feed), "application/rss+xml; charset=utf-8"),
        "atom.xml" => (AtomWriter.Write(feed), "application/atom+xml; charset=utf-8"),
        _ => (JsonFeedWriter.Write(feed), "application/feed+json; charset=utf-8"),
    };

    /// <summary>The Link header that names the hub and the feed's own address (WebSub discovery).</summary>
    public static string LinkHeader(string hubUrl, string selfUrl) => $"<{hubUrl}>; rel=\"hub\", <{selfUrl}>; rel=\"self\"";
}
