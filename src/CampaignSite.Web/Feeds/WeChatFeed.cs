using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Feeds;

/// <summary>One article as the WeChat Official Account draft/add call takes it, plus the images to upload first.</summary>
public sealed record WeChatArticle(
    string Title, string Author, string Digest, string Content, string ContentSourceUrl,
    [property: JsonPropertyName("cover_2_35_1")] string? Cover2351, [property: JsonPropertyName("cover_1_1")] string? Cover11,
    IReadOnlyList<string> Images, DateTime PublishedUtc);

/// <summary>/feeds/wechat.json and the /wechat/{type}/{slug} preview: the published articles within WeChat's limits.</summary>
public sealed class WeChatFeed(CampaignDbContext db, PublicUrls urls, MediaUrls mediaUrls)
{
    public const int TitleLength = 32, AuthorLength = 16, DigestLength = 128;
    static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<(string Json, DateTime UpdatedUtc)> BuildAsync(HttpRequest request, string culture, CancellationToken ct)
    {
        var rows = await FeedBuilder.InFeeds(db, culture).Take(FeedBuilder.PageSize).ToListAsync(ct);
        var articles = new List<WeChatArticle>();
        foreach (var row in rows) articles.Add(await ArticleAsync(request, culture, row, ct));
        var json = JsonSerializer.Serialize(new { title = SiteText.Get("site", culture), language = culture, articles }, Options);
        return (json, rows.Count > 0 ? rows.Max(r => r.UpdatedUtc) : DateTime.UnixEpoch);
    }

    public async Task<WeChatArticle?> FindAsync(HttpRequest request, string culture, DocumentType type, string slug, CancellationToken ct)
    {
        var row = await db.Published.AsNoTracking().FirstOrDefaultAsync(p => p.Culture == culture && p.Type == type.Name && p.Slug == slug, ct);
        return row is null ? null : await ArticleAsync(request, culture, row, ct);
    }

    async Task<WeChatArticle> ArticleAsync(HttpRequest request, string culture, PublishedEntry row, CancellationToken ct)
    {
        var type = DocumentTypes.Find(row.Type)!;
        var doc = DocumentJson.Deserialize(row.Fields, type);
        var origin = urls.Origin(request);
        var (content, images) = WeChatHtml.Convert(FeedBuilder.NoteHtml(doc, culture) + MarkdownRenderer.ToHtml(doc.Body), origin);
        // WeChat's two cover shapes: 2.35:1 above the article, 1:1 in lists and shares.
        var wide = doc.Cover is null ? null : origin + await mediaUrls.PresetAsync(doc.Cover, "cover-2.35-1", ct);
        var square = doc.Cover is null ? null : origin + await mediaUrls.PresetAsync(doc.Cover, "cover-1-1", ct);
        var author = doc is News { Author.Length: > 0 } news ? news.Author : SiteText.Get("site.short", culture);
        return new WeChatArticle(
            VideoFeed.Cut(doc.Title, TitleLength), VideoFeed.Cut(author, AuthorLength),
            Digest(string.IsNullOrWhiteSpace(doc.Syndication.WechatDigest) ? doc.Summary : doc.Syndication.WechatDigest),
            content, urls.Absolute(request, culture, PublicUrls.Detail(type, row.Slug)), wide, square,
            new[] { wide, square }.OfType<string>().Concat(images).Distinct().ToList(), row.PublishedUtc);
    }

    /// <summary>The text cut at the last sentence end that fits, or at the limit.</summary>
    public static string Digest(string text)
    {
        var info = new StringInfo(text.Trim());
        if (info.LengthInTextElements <= DigestLength) return info.String;
        var head = info.SubstringByTextElements(0, DigestLength);
        var end = head.LastIndexOfAny(['。', '！', '？', '.', '!', '?']);
        return end > DigestLength / 3 ? head[..(end + 1)] : VideoFeed.Cut(text, DigestLength);
    }
}
