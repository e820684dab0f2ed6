using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

public sealed record ScheduleRow(int Id, int DocumentId, string Type, string Title, string Action, DateTime DueUtc, string CreatedBy);

public sealed class IndexModel(CampaignDbContext db) : BackofficePage
{
    public List<(DocumentType Type, int Count)> Counts { get; } = [];
    public IReadOnlyList<DocumentRow> InReview { get; private set; } = [];
    public IReadOnlyList<DocumentRow> Recent { get; private set; } = [];
    public List<ScheduleRow> Schedules { get; private set; } = [];
    public string RoleName => Roles.All.FirstOrDefault(User.IsInRole) ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Dashboard";
        var types = DocumentTypes.All.Where(t => User.MayEdit(t.Name)).ToList();
        var names = types.Select(t => t.Name).ToList();
        var counts = await db.Documents.Where(d => d.DeletedUtc == null && names.Contains(d.Type)).GroupBy(d => d.Type)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Counts.AddRange(types.Select(t => (t, counts.GetValueOrDefault(t.Name))));
        InReview = (await DocumentList.QueryAsync(db, null, null, DocumentStatus.InReview, 1, 50, ct)).Items.Where(r => names.Contains(r.Type)).ToList();
        Recent = (await DocumentList.QueryAsync(db, null, null, null, 1, 10, ct)).Items.Where(r => names.Contains(r.Type)).ToList();
        Schedules = await db.Schedules.Where(s => s.DoneUtc == null).OrderBy(s => s.DueUtc).Take(20)
            .Join(db.Documents, s => s.DocumentId, d => d.Id, (s, d) => new ScheduleRow(s.Id, d.Id, d.Type, d.Title, s.Action, s.DueUtc, s.CreatedBy))
            .ToListAsync(ct);
        Schedules = Schedules.Where(s => names.Contains(s.Type)).ToList();
    }
}
