using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages.Releases;

/// <summary>One release: its documents and their pinned versions, adding and removing them, its schedule, and publishing it.</summary>
public sealed class ReleaseModel(CampaignDbContext db, ReleaseWorkflow releases, TimeProvider clock) : BackofficePage
{
    public sealed record Candidate(int Id, string Type, string Title, int Version);

    public ReleaseRecord Release { get; private set; } = null!;
    public List<ReleaseItem> Items { get; private set; } = [];
    /// <summary>Documents with a pending version, of the types the account works on, in no other release waiting to go out.</summary>
    public List<Candidate> Candidates { get; private set; } = [];
    public string ScheduleDefault => Dates.LocalInput(clock.GetUtcNow().AddHours(1));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(int id, int document, CancellationToken ct) =>
        StepAsync(id, () => releases.AddAsync(User, id, document, ct));

    public Task<IActionResult> OnPostRemoveAsync(int id, int item, CancellationToken ct) =>
        StepAsync(id, () => releases.RemoveAsync(User, id, item, ct));

    public Task<IActionResult> OnPostScheduleAsync(int id, string? at, CancellationToken ct) =>
        StepAsync(id, () => releases.ScheduleAsync(User, id, at, ct));

    public Task<IActionResult> OnPostUnscheduleAsync(int id, CancellationToken ct) =>
        StepAsync(id, () => releases.UnscheduleAsync(User, id, ct));

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        StepAsync(id, () => releases.PublishAsync(User, id, ct));

    async Task<IActionResult> StepAsync(int id, Func<Task<WorkflowResult>> step)
    {
        var result = await step();
        return After(result, $"/backoffice/releases/{id}");
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } release) return false;
        Release = release;
        Title = release.Name;
        Items = await releases.ItemsOfAsync(id, ct);
        if (release.PublishedUtc is not null) return true;
        var types = User.EditableTypes();
        Candidates = await (from v in db.Latest()
                            join d in db.Documents on v.DocumentId equals d.Id
                            where d.DeletedUtc == null && types.Contains(d.Type) && v.Id != d.PublishedVersionId
                                  && !(from i in db.ReleaseItems join r in db.Releases on i.ReleaseId equals r.Id
                                       where i.DocumentId == d.Id && r.PublishedUtc == null select i).Any()
                            orderby d.Type, d.Title
                            select new Candidate(d.Id, d.Type, d.Title, v.Number)).AsNoTracking().Take(500).ToListAsync(ct);
        return true;
    }
}
