using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

/// <summary>The search index's state and a rebuild with visible progress; administrators only.</summary>
public sealed class SearchIndexModel(IDerivedIndex rebuilds, AuditLog audit) : BackofficePage
{
    public IDerivedIndex Rebuilds => rebuilds;
    public int Published { get; private set; }
    public int Indexed { get; private set; }
    public bool InStep => Published == Indexed;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Search index";
        (Published, Indexed) = await rebuilds.CountAsync(ct);
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
