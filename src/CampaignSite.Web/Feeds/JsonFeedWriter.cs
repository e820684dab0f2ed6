using CampaignSite.Content.Delivery;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CampaignSite.Feeds;

/// <summary>JSON Feed 1.1 with a _campaign extension for the campaign's own facts.</summary>
public static class JsonFeedWriter
{
    static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(FeedModel feed)
    {
        var items = new JsonArray();
        foreach (var e in feed.Entries)
        {
            var item = new JsonObject
            {
                ["id"] = e.Id, ["url"] = e.Url, ["title"] = e.Title, ["summary"] = e.Summary, ["content_html"] = e.ContentHtml,
                ["date_published"] = Dates.Iso(e.PublishedUtc), ["date_modified"] = Dates.Iso(e.UpdatedUtc),
                ["tags"] = new JsonArray(e.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
            };
            if (e.Image is { } img) item["image"] = img.Preview ?? img.Url;
            var attachments = new[] { e.Image, e.Video }.OfType<FeedEnclosure>().Select(a =>
            {
                var o = new JsonObject { ["url"] = a.Url, ["mime_type"] = a.MediaType };
                if (a.Length > 0) o["size_in_bytes"] = a.Length;
                if (a.Duration is { } d) o["duration_in_seconds"] = d;
                return (JsonNode)o;
            }).ToArray();
            if (attachments.Length > 0) item["attachments"] = new JsonArray(attachments);
            item["_campaign"] = new JsonObject
            {
                ["about"] = feed.SelfUrl[..(feed.SelfUrl.IndexOf("/feeds/", StringComparison.Ordinal) + "/feeds".Length)],
                ["type"] = e.Type,
                ["tasks"] = new JsonArray(e.Tasks.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
                ["region"] = e.Region,
                ["fields"] = JsonSerializer.SerializeToNode(e.Fields, Options),
            };
            items.Add(item);
        }
        var root = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = feed.Title,
            ["home_page_url"] = feed.HomeUrl,
            ["feed_url"] = feed.SelfUrl,
            ["description"] = feed.Description,
            ["language"] = feed.Language,
        };
        if (feed.NextUrl is not null) root["next_url"] = feed.NextUrl;
        root["hubs"] = new JsonArray(new JsonObject { ["type"] = "WebSub", ["url"] = feed.HubUrl });
        root["items"] = items;
        return root.ToJsonString(Options);
    }

}
