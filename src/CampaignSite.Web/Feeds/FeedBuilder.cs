using System.Collections;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Feeds;

/// <summary>Reads the published rows a feed shows and turns them into a FeedModel with absolute URLs.</summary>
public sealed class FeedBuilder(CampaignDbContext db, PublicUrls urls, MediaUrls mediaUrls)
{
    public const int PageSize = 50;

    /// <summary>What every feed draws from: a culture's published rows that are in feeds, newest first.</summary>
    public static IQueryable<PublishedEntry> InFeeds(CampaignDbContext db, string culture) =>
        db.Published.AsNoTracking().Where(p => p.Culture == culture && p.InFeeds).OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.DocumentId);

    public async Task<FeedModel?> BuildAsync(HttpRequest request, string culture, FeedScope scope, string file, int page, CancellationToken ct)
    {
        var q = PublishedContent.Where(InFeeds(db, culture), new ListFilter(scope.Type?.Name, scope.Task, Tag: scope.Tag));
        var rows = await q.Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        if (rows.Count == 0 && (page > 1 || scope.Tag is not null)) return null;
        var covers = rows.Where(r => r.Cover is not null).Select(r => r.Cover!).Distinct().ToList();
        var media = await db.Media.AsNoTracking().Where(m => covers.Contains(m.Path)).ToDictionaryAsync(m => m.Path, ct);
        var previews = new Dictionary<string, string>();
        foreach (var cover in media.Keys) previews[cover] = await mediaUrls.PresetAsync(cover, "cover-16-9", ct);

        string Abs(string path) => urls.Absolute(request, culture, path);
        var origin = urls.Origin(request);
        var entries = rows.Take(PageSize).Select(row =>
        {
            var type = DocumentTypes.Find(row.Type)!;
            var doc = DocumentJson.Deserialize(row.Fields, type);
            var url = Abs(PublicUrls.Detail(type, row.Slug));
            FeedEnclosure? image = doc.Cover is { } cover && media.TryGetValue(cover, out var m)
                ? new FeedEnclosure(origin + PublicUrls.Media(cover), m.ContentType, m.Length, Preview: origin + previews[cover]) : null;
            FeedEnclosure? video = doc.Syndication.VideoUrl is { } v ? new FeedEnclosure(v, VideoType(v), 0, doc.Syndication.VideoDuration) : null;
            return new FeedEntry(url, url, doc.Title, doc.Summary, NoteHtml(doc, culture) + Absolutize(MarkdownRenderer.ToHtml(doc.Body), origin),
                row.PublishedUtc, row.UpdatedUtc, doc.Tags, doc.Tasks.Select(t => ChoiceLabels.Label(t, culture)).ToList(),
                type.Name, doc.Region?.Province, image, video, Fields(type, doc));
        }).ToList();

        var self = Abs(scope.Path + file) + (page > 1 ? $"?page={page}" : "");
        var next = rows.Count > PageSize ? Abs(scope.Path + file) + $"?page={page + 1}" : null;
        var home = Abs(scope.Type is not null ? PublicUrls.Section(scope.Type) : scope.Task is { } t2 ? PublicUrls.Task(t2) : "/");
        var updated = rows.Count > 0 ? rows.Max(r => r.UpdatedUtc) : DateTime.UnixEpoch;
        return new FeedModel(scope.Title(culture), SiteText.Get("site.tagline", culture), culture, home, self, next, updated, entries, origin + WebSubPaths.Hub);
    }

    /// <summary>The type's own fields, keyed as in content files, with choices as their ids.</summary>
    static Dictionary<string, object?> Fields(DocumentType type, Document doc) =>
        type.OwnFields.ToDictionary(f => f.Key, f => f.Property.GetValue(doc) switch
        {
            Enum e => ChoiceLabels.Id(e),
            IList list when list.Count > 0 && list[0] is Enum => list.Cast<Enum>().Select(ChoiceLabels.Id).ToList(),
            var v => v,
        });

    /// <summary>An illustrative brand or product says so before anything else, wherever a reader meets it.</summary>
    public static string NoteHtml(Document doc, string culture) =>
        Provenance.IsIllustrative(doc) ? $"<p><strong>{Provenance.IllustrativeNote(culture)}</strong></p>\n" : "";

    /// <summary>Site-relative links and images in a body become absolute, so they work in any reader.</summary>
    public static string Absolutize(string html, string origin) =>
        html.Replace("href=\"/", $"href=\"{origin}/").Replace("src=\"/", $"src=\"{origin}/");

    static string VideoType(string url) => Path.GetExtension(new Uri(url).AbsolutePath).ToLowerInvariant() switch
    {
        ".m3u8" => "application/vnd.apple.mpegurl",
        ".webm" => "video/webm",
        _ => "video/mp4",
    };
}
