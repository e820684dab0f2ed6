using CampaignSite.Backoffice.Security;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Pages.Accounts;

/// <summary>Creates an account or changes one's name, role, document types and lock; administrators only.</summary>
public sealed class EditModel(UserManager<EditorUser> users, EditorAccounts accounts, IOptions<BackofficeOptions> options) : BackofficePage
{
    public bool IsNew { get; private set; }
    public string? Email { get; private set; }
    public string? Name { get; private set; }
    public string Role { get; private set; } = Roles.Writer;
    public List<string> Types { get; private set; } = [];
    public bool Locked { get; private set; }
    public List<string> Errors { get; } = [];
    public string PasswordRule => PasswordRules.Describe(options.Value);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (id == "new") { IsNew = true; Title = "New account"; return Page(); }
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? email, string? password, string? name, string? role, string[]? types, bool unlock)
    {
        var chosen = (types ?? []).Where(t => CampaignSite.Content.Types.DocumentTypes.Find(t) is not null).ToList();
        if (id == "new")
        {
            (IsNew, Title, Email, Name, Role, Types) = (true, "New account", email, name, role ?? Roles.Writer, chosen);
            if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) Errors.Add("Enter an e-mail address and an initial password.");
            else
            {
                var (user, errors) = await accounts.CreateAsync(email, name ?? "", password, role ?? "", chosen, User.Name());
                if (user is not null) { Tell($"Created {user.Email} as {role}."); return Redirect("/backoffice/accounts"); }
                Errors.AddRange(errors);
            }
            Response.StatusCode = 400;
            return Page();
        }
        var existing = await users.FindByIdAsync(id);
        if (existing is null) return NotFound();
        if (existing.UserName == User.Name() && role != Roles.Administrator)
            Errors.Add("You cannot take the administrator role from your own account.");
        else
        {
            var errors = await accounts.UpdateAsync(existing, name ?? "", role ?? "", chosen, unlock, User.Name());
            if (errors.Count == 0) { Tell($"Saved {existing.Email}."); return Redirect("/backoffice/accounts"); }
            Errors.AddRange(errors);
        }
        await ShowAsync(existing);
        Response.StatusCode = 400;
        return Page();
    }

    async Task ShowAsync(EditorUser user)
    {
        Title = user.Email ?? user.Id;
        Email = user.Email;
        Name = user.DisplayName;
        Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Writer;
        Types = Roles.TypesOf(user).ToList();
        Locked = await accounts.BlockedUntilAsync(user) is not null;
    }
}
