using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Checks;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>One version on the review sheet: its title and author, its rows, and what the editorial checks find in it.</summary>
public sealed record SheetVersion(ReviewStanding Standing, string Title, DateTime? OnSiteSinceUtc, IReadOnlyList<CheckFinding> Findings);

/// <summary>The printable review sheet (审核单) of a document: every version, who signed each step, when and with what comment, overrides and publishes.</summary>
public sealed class ReviewSheetModel(CampaignDbContext db, ReviewBook reviews, ContentChecks checks) : BackofficePage
{
    public DocumentRecord Record { get; private set; } = null!;
    public DocumentType Type { get; private set; } = null!;
    public List<SheetVersion> Versions { get; private set; } = [];
    Dictionary<string, string> names = [];

    public async Task<IActionResult> OnGetAsync(string type, int id, CancellationToken ct)
    {
        if (DocumentTypes.Find(type) is not { } t) return NotFound();
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Type == t.Name, ct);
        if (record is null) return NotFound();
        if (!User.MayEdit(record.Type)) return Refuse($"Your account may not work on {record.Type} documents.");
        (Record, Type, Title) = (record, t, $"Review sheet of {record.Title}");
        var history = await reviews.HistoryAsync(record, ct);
        // A version published without the workflow (an import) has no publish row: its published rows say since when it is on the site.
        var onSite = await db.Published.Where(p => p.DocumentId == record.Id && p.Culture == Cultures.Chinese).Select(p => (DateTime?)p.UpdatedUtc).FirstOrDefaultAsync(ct);
        var findings = await checks.CheckEveryVersionAsync(record.Id, ct);
        Versions = history.Select(s => new SheetVersion(s, DocumentJson.DeserializeVariants(s.Version.Fields, t)[Cultures.Chinese].Title,
            s.Version.Id == record.PublishedVersionId ? onSite : null, findings.GetValueOrDefault(s.Version.Id) ?? [])).ToList();
        var people = history.SelectMany(s => s.Rows.Select(r => r.Signer).Append(s.Version.Author)).Distinct().ToList();
        names = await db.Users.AsNoTracking().Where(u => people.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        return Page();
    }

    /// <summary>An account as the sheet prints it: its name and e-mail.</summary>
    public string Person(string account) =>
        names.TryGetValue(account, out var name) && name.Length > 0 && name != account ? $"{name} ({account})" : account;

    public static string KindLabel(SignOffKind kind) => kind switch
    {
        SignOffKind.Signed => "Signed · 签署",
        SignOffKind.SentBack => "Sent back · 退回",
        SignOffKind.Overridden => "Published without every step signed · 越过审核发布",
        _ => "Published · 发布",
    };
}
