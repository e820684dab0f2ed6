using System.Security.Claims;
using CampaignSite.Data;
using CampaignSite.Media;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// Who may change or delete an item of the media library. Editors and administrators may do both to
/// any item. A writer may set the alt text and focal point of an item only while it is still their
/// own draft material: they uploaded it (<see cref="MediaRecord.UploadedBy"/> is their account name)
/// and no published document uses it. Once a published page shows an item, or when someone else
/// uploaded it, a change alters what readers see without review, so it is an editor's. Deleting is
/// an editor's always: the library keeps one copy of identical files, so a writer's "own" upload
/// may be the file another person uploaded too.
/// </summary>
public static class MediaPermissions
{
    /// <summary>Why this account may not change the item's alt text or focal point; null when it may.</summary>
    public static string? ChangeRefusal(ClaimsPrincipal user, MediaRecord media, IReadOnlyList<MediaUse> uses)
    {
        if (user.CanPublish()) return null;
        if (!string.Equals(media.UploadedBy, user.Name(), StringComparison.OrdinalIgnoreCase))
            return "Writers may change only the files they uploaded themselves; ask an editor to change this one.";
        if (uses.Any(u => u.Published))
            return "A published document shows this file, so only an editor or administrator may change its alt text or focal point.";
        return null;
    }

    /// <summary>Why this account may not delete library items; null when it may.</summary>
    public static string? DeleteRefusal(ClaimsPrincipal user) =>
        user.CanPublish() ? null : "Only editors and administrators may delete files from the media library.";
}
