using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>Who did what, when: administrators only (the folder convention), newest first.</summary>
public sealed class AuditModel(CampaignDbContext db) : BackofficePage
{
    public const int PageSize = 100;
    public List<AuditEntry> Entries { get; private set; } = [];
    public string? Who { get; private set; }
    public string? What { get; private set; }

    public async Task OnGetAsync(string? who, string? what, long? before, CancellationToken ct)
    {
        Title = "Audit log";
        (Who, What) = (who?.Trim(), what?.Trim());
        var q = db.Audit.AsNoTracking();
        if (!string.IsNullOrEmpty(Who)) q = q.Where(e => e.User.Contains(Who));
        if (!string.IsNullOrEmpty(What)) q = q.Where(e => e.Action.StartsWith(What));
        if (before is { } b) q = q.Where(e => e.Id < b);
        Entries = await q.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(ct);
    }
}
