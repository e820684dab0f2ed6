using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

public sealed class DocumentsModel(CampaignDbContext db) : BackofficePage
{
    public const int PageSize = 25;
    public DocumentType Type { get; private set; } = null!;
    public string? Words { get; private set; }
    public DocumentStatus? Status { get; private set; }
    public Paged<DocumentRow> List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string type, string? q, string? status, string? page, CancellationToken ct)
    {
        if (DocumentTypes.Find(type) is not { } t) return NotFound();
        if (!User.MayEdit(t.Name)) return Refuse($"Your account may not work on {t.LabelEn.ToLowerInvariant()}.");
        Type = t;
        Title = t.LabelEn;
        Words = q?.Trim() is { Length: > 0 and <= 100 } w ? w : null;
        Status = DocumentList.ParseStatus(status);
        var number = int.TryParse(page, out var n) && n is > 0 and < 100_000 ? n : 1;
        List = await DocumentList.QueryAsync(db, [t.Name], Words, Status, number, PageSize, ct);
        return Page();
    }
}
