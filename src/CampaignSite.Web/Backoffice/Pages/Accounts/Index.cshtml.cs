using CampaignSite.Backoffice.Security;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages.Accounts;

public sealed record AccountRow(string Id, string Email, string Name, string Role, string Types, DateTimeOffset? LockedUntil);

public sealed class IndexModel(UserManager<EditorUser> users, EditorAccounts accounts) : BackofficePage
{
    public List<AccountRow> Rows { get; } = [];

    public async Task OnGetAsync()
    {
        Title = "Accounts";
        foreach (var u in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var role = (await users.GetRolesAsync(u)).FirstOrDefault() ?? "";
            var types = Roles.TypesOf(u);
            Rows.Add(new AccountRow(u.Id, u.Email ?? "", u.DisplayName, role, types.Count == 0 ? "all" : string.Join(", ", types),
                await accounts.BlockedUntilAsync(u)));
        }
    }
}
