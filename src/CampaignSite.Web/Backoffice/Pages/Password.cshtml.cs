using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Pages;

public sealed class PasswordModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, AuditLog audit, IOptions<BackofficeOptions> options) : BackofficePage
{
    public List<string> Errors { get; } = [];
    public string PasswordRule => PasswordRules.Describe(options.Value);

    public void OnGet() => Title = "Password";

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm)
    {
        Title = "Password";
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(password)) Errors.Add("Enter your current and your new password.");
        else if (password != confirm) Errors.Add("The two new passwords differ.");
        else
        {
            var changed = await users.ChangePasswordAsync(user, current, password);
            if (changed.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                await audit.WriteAsync(User.Name(), "password", null, "changed own password");
                Tell("Your password is changed.");
                return Redirect("/backoffice");
            }
            Errors.AddRange(changed.Errors.Select(e => e.Code == "PasswordMismatch" ? "The current password is not right." : e.Description));
        }
        Response.StatusCode = 400;
        return Page();
    }
}
