using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Api;

/// <summary>
/// The delivery API for partner apps: published documents as typed JSON, filterable and paged,
/// with ETags, CORS for GET and an OpenAPI document. Drafts only with a key that may preview
/// (see <see cref="ApiCaller"/> for what each key may do).
/// </summary>
static class ContentApi
{
    /// <summary>HEAD answers as GET does, without the body: a partner checks an ETag or a Last-Modified cheaply.</summary>
    static readonly string[] Reads = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapMethods("/", Reads, ListAsync).WithSummary("Published documents, filtered and paged")
            .Produces<ApiList>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapMethods("/{type}/{slug}", Reads, GetAsync).WithSummary("One document; drafts with ?preview=true and a key with content:preview (X-Api-Key or Authorization: Bearer)")
            .Produces<ApiItem>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    static async Task<IResult> ListAsync(HttpContext context, CampaignDbContext db, PublicUrls urls, CancellationToken ct,
        string? type = null, string? task = null, string? region = null, string? tag = null, string? culture = null,
        string? sort = null, string? page = null, string? pageSize = null, string? fields = null)
    {
        if (ApiCaller.Refusal(context, preview: false) is { } refused) return refused;
        culture ??= Cultures.Chinese;
        if (Cultures.Problem(culture) is { } wrongCulture) return Problem(wrongCulture);
        DocumentType? documentType = null;
        if (type is not null && (documentType = DocumentTypes.Find(type)) is null) return Problem($"type must be one of: {string.Join(", ", DocumentTypes.All.Select(t => t.Name))}");
        var (filter, pageNumber, problem) = ListQuery.Parse(context.Request.Query, documentType, Cultures.English);
        if (problem is not null) return Problem(problem);
        var size = 20;
        if (pageSize is not null && (!int.TryParse(pageSize, out size) || size is < 1 or > 100)) return Problem("pageSize must be a whole number from 1 to 100");
        if (sort is not (null or "date" or "-date" or "title")) return Problem("sort must be date (newest first), -date or title");

        var q = PublishedContent.Where(db.Published.AsNoTracking().Where(p => p.Culture == culture), filter with { Tag = tag });
        q = sort switch
        {
            "-date" => q.OrderBy(p => p.PublishedUtc).ThenBy(p => p.DocumentId),
            "title" => q.OrderBy(p => p.Title).ThenBy(p => p.DocumentId),
            _ => q.OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.DocumentId),
        };
        var total = await q.CountAsync(ct);
        var rows = await q.Skip((pageNumber - 1) * size).Take(size).ToListAsync(ct);
        var keep = fields?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var items = rows.Select(r => Item(context.Request, urls, r.Type, r.Slug, r.Culture, r.IsFallback, r.PublishedUtc, r.UpdatedUtc,
            DocumentJson.Deserialize(r.Fields, DocumentTypes.Find(r.Type)!), keep)).ToList();
        return Json(new ApiList(total, pageNumber, size, items));
    }

    static async Task<IResult> GetAsync(string type, string slug, HttpContext context, CampaignDbContext db, PublicUrls urls, CancellationToken ct,
        string? culture = null, bool preview = false)
    {
        if (ApiCaller.Refusal(context, preview) is { } refused) return refused;
        culture ??= Cultures.Chinese;
        if (Cultures.Problem(culture) is { } wrongCulture) return Problem(wrongCulture);
        if (DocumentTypes.Find(type) is not { } documentType || !SlugAttribute.IsValid(slug)) return NotFound();
        if (preview)
        {
            // A document in the recycle bin is off the site for everyone, its draft included.
            var draft = await (from d in db.Documents.Where(d => d.Type == documentType.Name && d.Slug == slug && d.DeletedUtc == null)
                               join v in db.Latest() on d.Id equals v.DocumentId
                               select new { v.Fields, v.CreatedUtc }).FirstOrDefaultAsync(ct);
            if (draft is null) return NotFound();
            var variants = DocumentJson.DeserializeVariants(draft.Fields, documentType);
            var doc = variants.GetValueOrDefault(culture) ?? variants[Cultures.Chinese];
            context.Response.Headers.CacheControl = "private, no-store";
            return Json(Item(context.Request, urls, documentType.Name, slug, culture, !variants.ContainsKey(culture), doc.Published.UtcDateTime, draft.CreatedUtc, doc, null));
        }
        var row = await db.Published.AsNoTracking().FirstOrDefaultAsync(p => p.Culture == culture && p.Type == documentType.Name && p.Slug == slug, ct);
        if (row is null) return NotFound();
        return Json(Item(context.Request, urls, row.Type, row.Slug, row.Culture, row.IsFallback, row.PublishedUtc, row.UpdatedUtc, DocumentJson.Deserialize(row.Fields, documentType), null));
    }

    static ApiItem Item(HttpRequest request, PublicUrls urls, string type, string slug, string culture, bool fallback,
        DateTime published, DateTime updated, Document document, IReadOnlySet<string>? keep) =>
        new(type, slug, culture, fallback, urls.Absolute(request, culture, PublicUrls.Detail(type, slug)),
            Dates.Iso(published), Dates.Iso(updated), ApiShapes.Fields(document, keep),
            Provenance.IsIllustrative(document) ? Provenance.IllustrativeNote(culture) : null);

    static IResult Json<T>(T body) => TaggedResponse.Of(JsonSerializer.Serialize(body, ApiShapes.Json), "application/json; charset=utf-8");

    static IResult NotFound() => Problems.NotFound("No such published document.");
    static IResult Problem(string message) => Problems.BadRequest(message);
}
