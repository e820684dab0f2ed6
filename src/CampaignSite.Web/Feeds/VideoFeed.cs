using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Feeds;

/// <summary>
/// /feeds/video.json: one item per published document with a video or a short-video caption, shaped
/// for short-video channels: a title of at most 30 characters, body text of at most 1,000, at most
/// five #hashtags, covers for the 9:16, 3:4 and 16:9 frames, the video and its duration.
/// </summary>
public sealed class VideoFeed(CampaignDbContext db, PublicUrls urls, MediaUrls mediaUrls)
{
    public const int TitleLength = 30;
    public const int TextLength = 1000;
    static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<(string Json, DateTime UpdatedUtc)> BuildAsync(HttpRequest request, string culture, CancellationToken ct)
    {
        var rows = await FeedBuilder.InFeeds(db, culture).ToListAsync(ct);
        var origin = urls.Origin(request);
        var items = new JsonArray();
        foreach (var row in rows)
        {
            var type = DocumentTypes.Find(row.Type)!;
            var doc = DocumentJson.Deserialize(row.Fields, type);
            var s = doc.Syndication;
            if (string.IsNullOrWhiteSpace(s.VideoUrl) && string.IsNullOrWhiteSpace(s.VideoCaption)) continue;
            async Task<string?> Cover(string preset) => doc.Cover is null ? null : origin + await mediaUrls.PresetAsync(doc.Cover, preset, ct);
            items.Add(new JsonObject
            {
                ["id"] = urls.Absolute(request, culture, PublicUrls.Detail(type, row.Slug)),
                ["title"] = Cut(doc.Title, TitleLength),
                ["text"] = Cut(string.IsNullOrWhiteSpace(s.VideoCaption) ? doc.Summary : s.VideoCaption, TextLength),
                // As the API says it: a channel reposting an illustrative brand or product says so too.
                ["note"] = Provenance.IsIllustrative(doc) ? Provenance.IllustrativeNote(culture) : null,
                ["hashtags"] = new JsonArray(s.Hashtags.Take(5).Select(h => (JsonNode)JsonValue.Create("#" + h.TrimStart('#'))!).ToArray()),
                ["covers"] = new JsonObject { ["9:16"] = await Cover("cover-9-16"), ["3:4"] = await Cover("cover-3-4"), ["16:9"] = await Cover("cover-16-9") },
                ["video_url"] = s.VideoUrl,
                ["duration_seconds"] = s.VideoDuration,
                ["url"] = urls.Absolute(request, culture, PublicUrls.Detail(type, row.Slug)),
                ["tasks"] = new JsonArray(doc.Tasks.Select(t => (JsonNode)JsonValue.Create(ChoiceLabels.Id(t))!).ToArray()),
                ["date_published"] = Dates.Iso(row.PublishedUtc),
            });
        }
        var feed = new JsonObject
        {
            ["title"] = SiteText.Get("site", culture),
            ["feed_url"] = urls.Absolute(request, culture, "/feeds/video.json"),
            ["language"] = culture,
            ["items"] = items,
        };
        return (feed.ToJsonString(Options), rows.Count > 0 ? rows.Max(r => r.UpdatedUtc) : DateTime.UnixEpoch);
    }

    /// <summary>Cuts text to a number of characters (not UTF-16 units), marking the cut with an ellipsis.</summary>
    public static string Cut(string text, int length)
    {
        var info = new StringInfo(text.Trim());
        return info.LengthInTextElements <= length ? info.String : info.SubstringByTextElements(0, length - 1) + "…";
    }
}
