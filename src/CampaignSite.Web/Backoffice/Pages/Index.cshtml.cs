using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

public sealed record ScheduleRow(int Id, int DocumentId, string Type, string Title, ScheduleAction Action, DateTime DueUtc, string CreatedBy);

public sealed class IndexModel(CampaignDbContext db, ReviewBook reviews) : BackofficePage
{
    public List<(DocumentType Type, int Count)> Counts { get; } = [];
    /// <summary>What waits for a step this account may sign.</summary>
    public List<WaitingItem> Waiting { get; private set; } = [];
    public IReadOnlyList<DocumentRow> Recent { get; private set; } = [];
    public List<ScheduleRow> Schedules { get; private set; } = [];
    public string RoleName => Roles.All.FirstOrDefault(User.IsInRole) ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Dashboard";
        var names = User.EditableTypes();
        var types = DocumentTypes.All.Where(t => names.Contains(t.Name)).ToList();
        var counts = await db.Documents.Where(d => d.DeletedUtc == null && names.Contains(d.Type)).GroupBy(d => d.Type)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Counts.AddRange(types.Select(t => (t, counts.GetValueOrDefault(t.Name))));
        Waiting = await reviews.WaitingForAsync(User, names, ct);
        Recent = (await DocumentList.QueryAsync(db, names, null, null, 1, 10, ct)).Items;
        Schedules = await db.Schedules.Where(s => s.DoneUtc == null)
            .Join(db.Documents, s => s.DocumentId, d => d.Id, (s, d) => new { s, d })
            .Where(x => names.Contains(x.d.Type)).OrderBy(x => x.s.DueUtc).Take(20)
            .Select(x => new ScheduleRow(x.s.Id, x.d.Id, x.d.Type, x.d.Title, x.s.Action, x.s.DueUtc, x.s.CreatedBy))
            .ToListAsync(ct);
    }
}
