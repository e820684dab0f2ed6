using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Security;

/// <summary>Creating and changing backoffice accounts, with their role and document types, each change audited.</summary>
public sealed class EditorAccounts(UserManager<EditorUser> users, RoleManager<IdentityRole> roles, AuditLog audit, SignInThrottle throttle, TimeProvider clock)
{
    public Task<bool> AnyAsync(CancellationToken ct = default) => users.Users.AnyAsync(ct);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>Creates an account; the errors say what is wrong with the e-mail, password or role.</summary>
    public async Task<(EditorUser? User, List<string> Errors)> CreateAsync(string email, string displayName, string password, string role,
        IEnumerable<string>? types, string actor)
    {
        if (!Roles.All.Contains(role)) return (null, [$"'{role}' is not a role ({string.Join(", ", Roles.All)})"]);
        await EnsureRolesAsync();
        var user = new EditorUser
        {
            UserName = email.Trim(), Email = email.Trim(), DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            AllowedTypes = Roles.TypesValue(types), EmailConfirmed = true, LockoutEnabled = true, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, created.Errors.Select(e => e.Description).ToList());
        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(actor, "account.create", null, $"{user.Email} as {role}{(user.AllowedTypes is null ? "" : " for " + user.AllowedTypes.Trim('|').Replace('|', ','))}");
        return (user, []);
    }

    public async Task<List<string>> UpdateAsync(EditorUser user, string displayName, string role, IEnumerable<string>? types, bool unlock, string actor)
    {
        if (!Roles.All.Contains(role)) return [$"'{role}' is not a role"];
        user.DisplayName = string.IsNullOrWhiteSpace(displayName) ? user.Email ?? "" : displayName.Trim();
        user.AllowedTypes = role == Roles.Administrator ? null : Roles.TypesValue(types);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return updated.Errors.Select(e => e.Description).ToList();
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([role]))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, role);
        }
        if (unlock) { await users.SetLockoutEndDateAsync(user, null); await users.ResetAccessFailedCountAsync(user); await throttle.ForgetAsync(user.UserName ?? ""); }
        // The cookie carries role and types: a new security stamp makes the account sign in again.
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(actor, "account.update", null, $"{user.Email}: {role}{(user.AllowedTypes is null ? "" : " for " + user.AllowedTypes.Trim('|').Replace('|', ','))}{(unlock ? ", unlocked" : "")}");
        return [];
    }

    /// <summary>Until when the account cannot sign in: a lock, or the wait after wrong passwords; null when it can.</summary>
    public async Task<DateTimeOffset?> BlockedUntilAsync(EditorUser user)
    {
        var locked = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        DateTimeOffset? waiting = await throttle.AccountBlockedUntilAsync(user.UserName ?? "") is { } until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
        return locked is null ? waiting : waiting is null ? locked : locked > waiting ? locked : waiting;
    }
}
