using CampaignSite.Backoffice.Security;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// First run: only while no account exists, anyone reaching the site may create the first administrator.
/// Creating it holds a database lease, so two forms sent at once (on one node or several) make one account.
/// </summary>
public sealed class SetupModel(EditorAccounts accounts, SignInManager<EditorUser> signIn, CampaignDbContext db, TimeProvider clock,
    IOptions<BackofficeOptions> options) : BackofficePage
{
    const string LeaseName = "first-administrator";
    const string Exists = "The first administrator exists already, so this page creates no account; sign in, or ask an administrator for one.";

    public List<string> Errors { get; } = [];
    /// <summary>An account exists: the page shows why it creates none, and no form.</summary>
    public bool Closed { get; private set; }
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
        Title = "First administrator";
        (Email, Name) = (email, name);
        if (await accounts.AnyAsync()) return Close();
        if (string.IsNullOrWhiteSpace(email)) Errors.Add("Enter an e-mail address.");
        if (string.IsNullOrEmpty(password)) Errors.Add("Enter a password.");
        else if (password != confirm) Errors.Add("The two passwords differ.");
        if (Errors.Count > 0) return Refuse(400);
        var holder = Guid.NewGuid().ToString("N");
        // A minute covers any creation; a holder that dies leaves the lease to expire.
        if (!await Lease.TryTakeAsync(db, LeaseName, holder, TimeSpan.FromMinutes(1), clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted))
            return Refuse(409, "Someone else is creating the first administrator at this moment. Reload in a few seconds and sign in with the account they made.");
        try
        {
            // Checked again under the lease: the account may have been made since the check above.
            if (await accounts.AnyAsync())
                return Close();
            var (user, errors) = await accounts.CreateAsync(email!, name ?? "", password!, Roles.Administrator, null, "setup");
            if (user is null)
            {
                Errors.AddRange(errors);
                return Refuse(400);
            }
            await signIn.SignInAsync(user, isPersistent: false);
            Tell("Welcome. You are the first administrator: create accounts for editors and writers under Accounts.");
            return Redirect("/backoffice");
        }
        finally
        {
            await Lease.ReleaseAsync(db, LeaseName, holder, CancellationToken.None);
        }
    }

    IActionResult Close()
    {
        Closed = true;
        return Refuse(409, Exists);
    }

    IActionResult Refuse(int status, string? error = null)
    {
        if (error is not null) Errors.Add(error);
        Response.StatusCode = status;
        return Page();
    }
}
