using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Delivery;

/// <summary>A published document as lists show it: no body, no type-specific fields.</summary>
public sealed record Card(string Type, string Slug, string Title, string Summary, string? Cover, string? CoverAlt,
    DateTime PublishedUtc, bool IsFallback, string? Province, string? Facet)
{
    public DocumentType DocumentType => DocumentTypes.Find(Type)!;
    public string Path => PublicUrls.Detail(DocumentType, Slug);
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Read-only queries over the published rows, for the public site.</summary>
public sealed class PublishedContent(CampaignDbContext db)
{
    public async Task<(PublishedEntry Entry, Document Document)?> GetAsync(string culture, DocumentType type, string slug, CancellationToken ct = default)
    {
        var entry = await db.Published.AsNoTracking().FirstOrDefaultAsync(p => p.Culture == culture && p.Type == type.Name && p.Slug == slug, ct);
        return entry is null ? null : (entry, DocumentJson.Deserialize(entry.Fields, type));
    }

    /// <summary>The current slug of a published document that once had this one, for a 301.</summary>
    public Task<string?> RedirectAsync(DocumentType type, string slug, CancellationToken ct = default) =>
        db.Redirects.AsNoTracking().Where(r => r.Type == type.Name && r.Slug == slug)
            .Join(db.Published, r => r.DocumentId, p => p.DocumentId, (r, p) => p.Slug).FirstOrDefaultAsync(ct);

    public async Task<Paged<Card>> ListAsync(string culture, ListFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var query = Filter(culture, filter);
        var total = await query.CountAsync(ct);
        var items = await Cards(query.OrderByDescending(p => p.PublishedUtc).ThenBy(p => p.Slug).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new Paged<Card>(items, page, pageSize, total);
    }

    /// <summary>The provinces and facet values that occur in a list, with counts, for its filters.</summary>
    public async Task<(Dictionary<string, int> Provinces, Dictionary<string, int> Facets, Dictionary<string, int> Tasks)> FilterCountsAsync(string culture, string? type, CancellationToken ct = default)
    {
        var rows = await Filter(culture, new ListFilter(type)).Select(p => new { p.Province, p.Facet, p.Tasks }).ToListAsync(ct);
        return (
            rows.Where(r => r.Province is not null).GroupBy(r => r.Province!).ToDictionary(g => g.Key, g => g.Count()),
            rows.Where(r => r.Facet is not null).GroupBy(r => r.Facet!).ToDictionary(g => g.Key, g => g.Count()),
            rows.SelectMany(r => r.Tasks.Split('|', StringSplitOptions.RemoveEmptyEntries)).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Cards of referenced documents ({type}/{slug}), in the order given, skipping ones not published.</summary>
    public async Task<List<Card>> ReferencesAsync(string culture, IEnumerable<DocumentRef> references, CancellationToken ct = default)
    {
        var refs = references.Distinct().ToList();
        if (refs.Count == 0) return [];
        var slugs = refs.Select(r => r.Slug).Distinct().ToList();
        var found = await Cards(db.Published.AsNoTracking().Where(p => p.Culture == culture && slugs.Contains(p.Slug))).ToListAsync(ct);
        return refs.Select(r => found.FirstOrDefault(c => c.Type == r.Type && c.Slug == r.Slug)).OfType<Card>().ToList();
    }

    /// <summary>Documents of the same type sharing a task area, newest first, for "more like this".</summary>
    public Task<List<Card>> SimilarAsync(string culture, string type, string slug, IEnumerable<TaskArea> tasks, int count, CancellationToken ct = default)
    {
        var first = tasks.Select(t => $"|{ChoiceLabels.Id(t)}|").FirstOrDefault() ?? "|";
        return Cards(db.Published.AsNoTracking()
                .Where(p => p.Culture == culture && p.Type == type && p.Slug != slug && p.Tasks.Contains(first))
                .OrderByDescending(p => p.PublishedUtc).Take(count)).ToListAsync(ct);
    }

    /// <summary>Every published row of a culture, lightest columns only: for sitemaps.</summary>
    public Task<List<(string Type, string Slug, DateTime UpdatedUtc, bool IsFallback)>> AllAsync(string culture, CancellationToken ct = default) =>
        db.Published.AsNoTracking().Where(p => p.Culture == culture).OrderBy(p => p.Type).ThenBy(p => p.Slug)
            .Select(p => new ValueTuple<string, string, DateTime, bool>(p.Type, p.Slug, p.UpdatedUtc, p.IsFallback)).ToListAsync(ct);

    /// <summary>Every tag used by the published content of a culture, for the feeds page.</summary>
    public async Task<List<string>> TagsAsync(string culture, CancellationToken ct = default)
    {
        var bars = await db.Published.AsNoTracking().Where(p => p.Culture == culture && p.InFeeds && p.Tags != "").Select(p => p.Tags).ToListAsync(ct);
        return bars.SelectMany(b => b.Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    IQueryable<PublishedEntry> Filter(string culture, ListFilter f) => Where(db.Published.AsNoTracking().Where(p => p.Culture == culture), f);

    /// <summary>Narrows published rows by a filter, for lists, feeds and the API.</summary>
    public static IQueryable<PublishedEntry> Where(IQueryable<PublishedEntry> q, ListFilter f) => q.Where(f.Keeps<PublishedEntry>());

    static IQueryable<Card> Cards(IQueryable<PublishedEntry> q) =>
        q.Select(p => new Card(p.Type, p.Slug, p.Title, p.Summary, p.Cover, p.CoverAlt, p.PublishedUtc, p.IsFallback, p.Province, p.Facet));
}
