using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Pages;

public sealed class LoginModel(SignInManager<EditorUser> signIn, EditorAccounts accounts, AuditLog audit, IOptions<BackofficeOptions> options) : BackofficePage
{
    public string? Error { get; private set; }
    public string? Email { get; private set; }
    public string ReturnUrl { get; private set; } = "/backoffice";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (!await accounts.AnyAsync()) return Redirect("/backoffice/setup");
        Title = "Sign in";
        ReturnUrl = Safe(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        Title = "Sign in";
        ReturnUrl = Safe(returnUrl);
        Email = email?.Trim();
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(password))
        {
            Error = "Enter your e-mail and password.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(Email, "sign-in", null, "signed in");
            return LocalRedirect(ReturnUrl);
        }
        var user = await signIn.UserManager.FindByNameAsync(Email);
        if (result.IsLockedOut && user is not null)
        {
            var until = await signIn.UserManager.GetLockoutEndDateAsync(user);
            await audit.WriteAsync(Email, "sign-in.locked", null, "refused: account locked");
            Error = $"This account is locked after {options.Value.MaxFailedSignIns} wrong passwords in a row, until {Dates.ShowUtc(until?.UtcDateTime ?? DateTime.UtcNow)}. An administrator can unlock it sooner.";
        }
        else
        {
            if (user is not null) await audit.WriteAsync(Email, "sign-in.failed", null, "wrong password");
            Error = $"The e-mail or password is not right. After {options.Value.MaxFailedSignIns} wrong passwords in a row an account is locked for {options.Value.LockoutDuration.TotalMinutes:0} minutes.";
        }
        Response.StatusCode = 400;
        return Page();
    }

    static string Safe(string? url) => ReturnPaths.Local(url, "/backoffice");
}
