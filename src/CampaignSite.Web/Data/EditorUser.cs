using Microsoft.AspNetCore.Identity;

namespace CampaignSite.Data;

/// <summary>A backoffice account: an ASP.NET Core Identity user with the document types it may edit.</summary>
public sealed class EditorUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Document type names this user may work on, "|news|brand|"; null for every type.</summary>
    public string? AllowedTypes { get; set; }

    public DateTime CreatedUtc { get; set; }
}
