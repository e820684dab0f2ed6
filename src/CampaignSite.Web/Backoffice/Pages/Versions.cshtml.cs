using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>Every save of a document with author and time, the field-by-field changes between two, and rollback.</summary>
public sealed class VersionsModel(CampaignDbContext db, EditorialWorkflow workflow) : BackofficePage
{
    public DocumentRecord Record { get; private set; } = null!;
    public List<DocumentVersion> Versions { get; private set; } = [];
    public List<FieldChange>? Changes { get; private set; }
    public int From { get; private set; }
    public int To { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, int id, string? from, string? to, CancellationToken ct)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Type == type, ct);
        if (record is null) return NotFound();
        if (!User.MayEdit(record.Type)) return Refuse($"Your account may not work on {record.Type} documents.");
        Record = record;
        Title = $"Versions of {record.Title}";
        Versions = await db.Versions.AsNoTracking().Where(v => v.DocumentId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        To = int.TryParse(to, out var t) ? t : record.LatestVersion;
        From = int.TryParse(from, out var f) ? f : To - 1;
        var docType = DocumentTypes.Find(record.Type)!;
        var a = Versions.FirstOrDefault(v => v.Number == From);
        var b = Versions.FirstOrDefault(v => v.Number == To);
        if (b is not null && (a is not null || From == 0))
            Changes = DocumentDiff.Compare(docType, a is null ? null : DocumentJson.DeserializeVariants(a.Fields, docType), DocumentJson.DeserializeVariants(b.Fields, docType));
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(string type, int id, int number, CancellationToken ct) =>
        After(await workflow.RollbackAsync(User, id, number, ct), $"/backoffice/content/{type}/{id}");
}
