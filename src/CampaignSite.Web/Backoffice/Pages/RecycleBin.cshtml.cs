using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

public sealed class RecycleBinModel(CampaignDbContext db, EditorialWorkflow workflow) : BackofficePage
{
    public IReadOnlyList<DocumentRow> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Recycle bin";
        Items = (await DocumentList.QueryAsync(db, User.EditableTypes(), null, DocumentStatus.Deleted, 1, 200, ct)).Items;
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct)
    {
        var result = await workflow.RestoreAsync(User, id, ct);
        return After(result, "/backoffice/recycle-bin");
    }
}
