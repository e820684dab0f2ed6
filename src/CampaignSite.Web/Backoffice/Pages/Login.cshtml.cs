using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// Sign-in. An e-mail without an account answers exactly as a wrong password does, after the same
/// hashing; wrong passwords make the next tries wait (SignInThrottle) rather than lock the account.
/// </summary>
public sealed class LoginModel(SignInManager<EditorUser> signIn, EditorAccounts accounts, AuditLog audit, SignInThrottle throttle,
    DecoyPassword decoy, IOptions<BackofficeOptions> options, ILogger<LoginModel> logger) : BackofficePage
{
    /// <summary>Identity's own limit for a user name, so a longer "e-mail" is refused before it reaches the audit log.</summary>
    const int LongestEmail = 256;

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
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(password)) return Refuse(400, "Enter your e-mail and password.");
        if (Email.Length > LongestEmail) return Refuse(400, $"An e-mail address has at most {LongestEmail} characters.");

        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.WaitAsync(address, Email) is var wait && wait > TimeSpan.Zero) return Throttled(wait);

        var user = await signIn.UserManager.FindByNameAsync(Email);
        if (user is null)
        {
            decoy.Check(password);
            await audit.WriteAsync(Email, "sign-in.failed", null, "no such account");
            return await FailedAsync(address);
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await throttle.SucceedAsync(Email);
            await audit.WriteAsync(Email, "sign-in", null, "signed in");
            return LocalRedirect(ReturnUrl);
        }
        // A lock an administrator set or one left from before wrong passwords stopped locking: told only
        // to whoever knows the password (the check costs the hashing a wrong password costs), so it reveals nothing.
        if (result.IsLockedOut && await signIn.UserManager.CheckPasswordAsync(user, password))
        {
            var until = await signIn.UserManager.GetLockoutEndDateAsync(user);
            await audit.WriteAsync(Email, "sign-in.locked", null, "refused: account locked");
            return Refuse(400, $"This account is locked until {Dates.ShowUtc(until?.UtcDateTime ?? DateTime.UtcNow)}. An administrator can unlock it sooner.");
        }
        await audit.WriteAsync(Email, "sign-in.failed", null, "wrong password");
        return await FailedAsync(address);
    }

    /// <summary>The same answer for a wrong password and an unknown e-mail; when this failure starts a wait, it says how long.</summary>
    async Task<IActionResult> FailedAsync(string address)
    {
        var wait = await throttle.FailAsync(address, Email!);
        var o = options.Value;
        var rule = $"After {o.MaxFailedSignIns} wrong passwords in a row each further try waits longer, from 2 seconds up to {Span(o.LockoutDuration)}; no account is ever locked by them.";
        if (wait <= TimeSpan.Zero) return Refuse(400, "The e-mail or password is not right. " + rule);
        logger.LogWarning("Sign-in for {Email} from {Address} refused: wrong passwords in a row, the next try waits {Seconds} s", Email, address, Seconds(wait));
        Response.Headers.RetryAfter = Seconds(wait).ToString();
        return Refuse(400, $"The e-mail or password is not right. Wait {Span(wait)} before the next try. " + rule);
    }

    IActionResult Throttled(TimeSpan wait)
    {
        Response.Headers.RetryAfter = Seconds(wait).ToString();
        return Refuse(429, $"Too many wrong passwords for this e-mail or from your address: try again in {Span(wait)}. 密码错误次数过多，请稍后再试。An administrator can lift the wait for an account at once (Accounts, Unlock).");
    }

    IActionResult Refuse(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    static string Span(TimeSpan span) => span.TotalSeconds < 120 ? $"{(int)Math.Ceiling(span.TotalSeconds)} seconds" : $"{Math.Ceiling(span.TotalMinutes):0} minutes";

    static string Safe(string? url) => ReturnPaths.Local(url, "/backoffice");
}
