using System.Security.Claims;
using CampaignSite.Data;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// The three backoffice roles and the policies built on them. Administrators do everything and
/// manage accounts; editors publish, schedule and approve; writers draft and submit for review.
/// </summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Writer = "Writer";
    public static readonly string[] All = [Administrator, Editor, Writer];

    /// <summary>Policy: any backoffice account.</summary>
    public const string Backoffice = "backoffice";
    /// <summary>Policy: publish, unpublish, schedule, approve.</summary>
    public const string Publish = "publish";
    /// <summary>Policy: accounts and the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>The claim holding the document types an account is limited to ("|news|"), absent for all types.</summary>
    public const string TypesClaim = "campaignsite:types";

    public static bool CanPublish(this ClaimsPrincipal user) => user.IsInRole(Administrator) || user.IsInRole(Editor);
    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(Administrator);

    /// <summary>Whether the account may work on documents of this type at all.</summary>
    public static bool MayEdit(this ClaimsPrincipal user, string type) =>
        user.Identity?.IsAuthenticated == true && All.Any(user.IsInRole)
        && (user.FindFirstValue(TypesClaim) is not { Length: > 0 } types || types.Contains($"|{type}|"));

    /// <summary>The names of the document types the account may work on.</summary>
    public static List<string> EditableTypes(this ClaimsPrincipal user) =>
        Content.Types.DocumentTypes.All.Where(t => user.MayEdit(t.Name)).Select(t => t.Name).ToList();

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string? TypesValue(IEnumerable<string>? types) =>
        types?.ToList() is { Count: > 0 } list ? "|" + string.Join("|", list) + "|" : null;

    public static IReadOnlyList<string> TypesOf(EditorUser user) =>
        user.AllowedTypes?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
