using System.Security.Claims;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Security;

/// <summary>Puts the account's document-type limit into its sign-in cookie, so every request can check it without a query.</summary>
public sealed class EditorClaimsFactory(UserManager<EditorUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AllowedTypes is { Length: > 0 } types) identity.AddClaim(new Claim(Roles.TypesClaim, types));
        return identity;
    }
}
