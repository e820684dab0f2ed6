using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

public sealed class LogoutModel(SignInManager<EditorUser> signIn, AuditLog audit) : BackofficePage
{
    public void OnGet() => Title = "Sign out";

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(User.Name(), "sign-out", null, "signed out");
        await signIn.SignOutAsync();
        return Redirect("/backoffice/login");
    }
}
