using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages.Releases;

/// <summary>The releases waiting to go out and the last ones that went, and the form that makes a new one. Editors and administrators.</summary>
public sealed class IndexModel(CampaignDbContext db, ReleaseWorkflow releases) : BackofficePage
{
    public sealed record Row(ReleaseRecord Release, int Items);

    public List<Row> Pending { get; private set; } = [];
    public List<Row> Done { get; private set; } = [];
    public string Name { get; private set; } = "";
    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, CancellationToken ct)
    {
        var (result, id) = await releases.CreateAsync(User, name, ct);
        if (result.Outcome == WorkflowOutcome.Invalid)
        {
            (Name, Error) = (name ?? "", result.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ShowAsync(ct);
            return Page();
        }
        return After(result, $"/backoffice/releases/{id}");
    }

    async Task ShowAsync(CancellationToken ct)
    {
        Title = "Releases";
        var rows = await (from r in db.Releases
                          let items = db.ReleaseItems.Count(i => i.ReleaseId == r.Id)
                          orderby r.PublishedUtc == null descending, r.ScheduledUtc, r.PublishedUtc descending, r.Id descending
                          select new Row(r, items)).AsNoTracking().Take(100).ToListAsync(ct);
        Pending = rows.Where(r => r.Release.PublishedUtc is null).ToList();
        Done = rows.Where(r => r.Release.PublishedUtc is not null).Take(30).ToList();
    }
}
