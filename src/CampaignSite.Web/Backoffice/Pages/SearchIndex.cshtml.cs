using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using CampaignSite.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>The search index's state and a rebuild with visible progress; administrators only.</summary>
public sealed class SearchIndexModel(CampaignDbContext db, ISearchIndex index, AuditLog audit, SearchRebuilds rebuilds) : BackofficePage
{
    public SearchRebuilds Rebuilds => rebuilds;
    public int Published { get; private set; }
    public int Indexed { get; private set; }
    public bool InStep => Published == Indexed;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Search index";
        Published = await db.Published.CountAsync(p => !p.IsFallback, ct);
        Indexed = await index.CountAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (rebuilds.TryStart())
        {
            await audit.WriteAsync(User.Name(), "search.rebuild", null, "rebuild started", ct);
            Tell("The rebuild has started; this page shows its progress.");
        }
        else Tell("A rebuild is already running.", false);
        return Redirect("/backoffice/search-index");
    }
}
