using System.Globalization;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Fields;
using CampaignSite.Data;
using CampaignSite.Media;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

/// <summary>One file of the library: alt texts, focal point, which documents use it, delete when none does.</summary>
public sealed class MediaItemModel(MediaLibrary library, AuditLog audit) : BackofficePage
{
    public MediaRecord Media { get; private set; } = null!;
    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];
    public string? Preview { get; private set; }
    public string? Error { get; private set; }
    public string? AltZh { get; private set; }
    public string? AltEn { get; private set; }
    /// <summary>Why this account may not change or delete the item (<see cref="MediaPermissions"/>); null when it may.</summary>
    public string? ChangeRefusal { get; private set; }
    public string? DeleteRefusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct) =>
        await LoadAsync(name, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string name, string? altZh, string? altEn, string? focalX, string? focalY, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct)) return NotFound();
        if (ChangeRefusal is not null) return Refuse(ChangeRefusal);
        (AltZh, AltEn) = (altZh, altEn);
        if (!Fraction(focalX, out var x) || !Fraction(focalY, out var y)) Error = "The focal point is two numbers from 0 to 1.";
        else
        {
            var result = await library.UpdateAsync(Media.Path, altZh, altEn, x, y, ct);
            if (result.Succeeded)
            {
                await audit.WriteAsync(User.Name(), "media.update", null, $"{Media.Path}: focal point {x:0.##},{y:0.##}", ct);
                Tell("Saved. Crops of this image now keep the new focal point in view.");
                return Redirect(MediaModel.ItemHref(Media));
            }
            Error = "Not saved: " + result.Error + ".";
        }
        Response.StatusCode = 400;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct)) return NotFound();
        if (DeleteRefusal is not null) return Refuse(DeleteRefusal);
        var result = await library.DeleteAsync(Media.Path, ct);
        if (!result.Succeeded) { Tell("Not deleted: " + result.Error + ".", false); return Redirect(MediaModel.ItemHref(Media)); }
        await audit.WriteAsync(User.Name(), "media.delete", null, Media.Path, ct);
        Tell($"Deleted {Media.Path}.");
        return Redirect("/backoffice/media");
    }

    async Task<bool> LoadAsync(string name, CancellationToken ct)
    {
        var video = Request.Path.StartsWithSegments("/backoffice/media/video");
        var path = (video ? "video/" : "media/") + name;
        if ((video ? !System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-f0-9]{20}$") : !MediaPath.IsValid(path))
            || await library.GetAsync(path, ct) is not { } media) return false;
        Media = media;
        Title = media.OriginalName ?? media.Path;
        Uses = await library.UsageAsync(media.Path, ct);
        ChangeRefusal = MediaPermissions.ChangeRefusal(User, media, Uses);
        DeleteRefusal = MediaPermissions.DeleteRefusal(User);
        Preview = media.Kind == MediaKind.Image ? "/" + media.Path : media.Kind == MediaKind.Video && media.PosterPath is { } poster ? "/" + poster : null;
        return true;
    }

    static bool Fraction(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 1;
}
