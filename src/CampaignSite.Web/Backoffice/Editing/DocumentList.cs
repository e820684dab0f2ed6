using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Editing;

/// <summary>A document as the backoffice lists show it.</summary>
public sealed record DocumentRow(int Id, string Type, string Slug, string Title, DateTime UpdatedUtc, int LatestVersion, DocumentStatus Status, string? ReviewNote);

/// <summary>
/// The backoffice lists: drafts and published documents alike (the latest version's title and
/// slug), filtered by type, words (in any field of the latest version) and status, newest change first. Status is computed in the query, by the same rule the pages use.
/// </summary>
public static class DocumentList
{
    /// <param name="types">The document types to list: those the account may work on, or the one a list page shows.</param>
    public static async Task<Paged<DocumentRow>> QueryAsync(CampaignDbContext db, IReadOnlyCollection<string> types, string? words, DocumentStatus? status,
        int page, int pageSize, CancellationToken ct = default)
    {
        var rows = db.Documents.AsNoTracking()
            .Where(d => types.Contains(d.Type))
            .Where(d => status == DocumentStatus.Deleted ? d.DeletedUtc != null : d.DeletedUtc == null)
            .Select(d => new StatusFacts
            {
                Doc = d,
                PublishedNumber = db.Versions.Where(v => v.Id == d.PublishedVersionId).Select(v => (int?)v.Number).FirstOrDefault(),
                Scheduled = db.Schedules.Any(s => s.DocumentId == d.Id && s.DoneUtc == null),
            });
        if (!string.IsNullOrWhiteSpace(words))
        {
            var w = words.Trim().ToLowerInvariant();
            // Drafts are not in the public search index: the words are looked for in the latest version's fields, every culture.
            rows = rows.Where(r => r.Doc.Title.ToLower().Contains(w) || r.Doc.Slug.Contains(w)
                || db.Versions.Any(v => v.DocumentId == r.Doc.Id && v.Number == r.Doc.LatestVersion && v.Fields.ToLower().Contains(w)));
        }
        if (status is { } wanted) rows = rows.Where(DocumentStatuses.Is(wanted));
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.Doc.UpdatedUtc).ThenByDescending(r => r.Doc.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<DocumentRow>(items.Select(r => new DocumentRow(r.Doc.Id, r.Doc.Type, r.Doc.Slug, r.Doc.Title.Length > 0 ? r.Doc.Title : r.Doc.Slug,
            r.Doc.UpdatedUtc, r.Doc.LatestVersion, DocumentStatuses.Of(r.Doc, r.PublishedNumber, r.Scheduled), r.Doc.ReviewNote)).ToList(), page, pageSize, total);
    }

    public static DocumentStatus? ParseStatus(string? id) =>
        Enum.GetValues<DocumentStatus>().Cast<DocumentStatus?>().FirstOrDefault(s => s!.Value.Id() == id);
}
