using CampaignSite.Backoffice.Security;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Pages;

/// <summary>First run: only while no account exists, anyone reaching the site may create the first administrator.</summary>
public sealed class SetupModel(EditorAccounts accounts, SignInManager<EditorUser> signIn, IOptions<BackofficeOptions> options) : BackofficePage
{
    public List<string> Errors { get; } = [];
    public string? Email { get; private set; }
    public string? Name { get; private set; }
    public string PasswordRule => PasswordRules.Describe(options.Value);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await accounts.AnyAsync()) return Redirect("/backoffice/login");
        Title = "First administrator";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? name, string? password, string? confirm)
    {
        if (await accounts.AnyAsync()) return Redirect("/backoffice/login");
        Title = "First administrator";
        (Email, Name) = (email, name);
        if (string.IsNullOrWhiteSpace(email)) Errors.Add("Enter an e-mail address.");
        if (string.IsNullOrEmpty(password)) Errors.Add("Enter a password.");
        else if (password != confirm) Errors.Add("The two passwords differ.");
        if (Errors.Count == 0)
        {
            var (user, errors) = await accounts.CreateAsync(email!, name ?? "", password!, Roles.Administrator, null, "setup");
            if (user is not null)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                Tell("Welcome. You are the first administrator: create accounts for editors and writers under Accounts.");
                return Redirect("/backoffice");
            }
            Errors.AddRange(errors);
        }
        Response.StatusCode = 400;
        return Page();
    }
}
