using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using CampaignSite.Media;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

public sealed record MediaItem(MediaRecord Media, string? Thumbnail);

/// <summary>The media library: upload (checked by the library, never trusted by name) and browse.</summary>
[MediaUploadLimit]
public sealed class MediaModel(MediaLibrary library, MediaUrls urls, MediaOptions options, AuditLog audit) : BackofficePage
{
    public const int PageSize = 48;

    public List<MediaItem> Items { get; } = [];
    public MediaKind? Kind { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public string? Error { get; private set; }
    public string? AltZh { get; private set; }
    public string? AltEn { get; private set; }
    public string? VideoUrl { get; private set; }
    public string? Duration { get; private set; }
    public string? Poster { get; private set; }
    public string? VideoZh { get; private set; }
    public string? VideoEn { get; private set; }
    public List<(string Path, string Label)> Posters { get; } = [];
    public string MaxMegabytes => (options.MaxBytes / (1024.0 * 1024)).ToString("0.#");

    public async Task OnGetAsync(string? kind, string? page, CancellationToken ct) => await ShowAsync(kind, page, ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? altZh, string? altEn, CancellationToken ct)
    {
        (AltZh, AltEn) = (altZh, altEn);
        if (file is null || file.Length == 0) Error = "Choose a file to upload.";
        else
        {
            await using var stream = file.OpenReadStream();
            var result = await library.UploadAsync(stream, new MediaUpload(file.FileName, altZh, altEn, UploadedBy: User.Name()), ct);
            if (result.Succeeded)
            {
                var path = result.Media!.Path;
                if (!result.AlreadyStored) await audit.WriteAsync(User.Name(), "media.upload", null, $"{path} from {file.FileName}", ct);
                Tell(result.AlreadyStored ? $"This file is already in the library as {path}." : $"Uploaded as {path}. Set its focal point below.");
                return Redirect("/backoffice/media/" + path["media/".Length..]);
            }
            Error = $"{file.FileName} was not accepted: {result.Error}.";
        }
        Response.StatusCode = 400;
        await ShowAsync(null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddVideoAsync(string? videoUrl, string? duration, string? poster, string? videoZh, string? videoEn, CancellationToken ct)
    {
        (VideoUrl, Duration, Poster, VideoZh, VideoEn) = (videoUrl, duration, poster, videoZh, videoEn);
        if (!int.TryParse(duration, out var seconds)) Error = "The video was not added: give its length in whole seconds.";
        else
        {
            var result = await library.AddVideoAsync(videoUrl?.Trim() ?? "", seconds, poster ?? "", videoZh, videoEn, User.Name(), ct);
            if (result.Succeeded)
            {
                if (!result.AlreadyStored) await audit.WriteAsync(User.Name(), "media.video", null, $"{result.Media!.Path}: {videoUrl}", ct);
                Tell(result.AlreadyStored ? "This video is already in the library." : "The video reference is added.");
                return Redirect(ItemHref(result.Media!));
            }
            Error = $"The video was not added: {result.Error}.";
        }
        Response.StatusCode = 400;
        await ShowAsync(null, null, ct);
        return Page();
    }

    /// <summary>The backoffice page of one library entry: /backoffice/media/{file} or /backoffice/media/video/{id}.</summary>
    public static string ItemHref(MediaRecord media) => "/backoffice/" + (media.Kind == MediaKind.Video ? "media/" + media.Path : media.Path);

    async Task ShowAsync(string? kind, string? page, CancellationToken ct)
    {
        Title = "Media library";
        Kind = StoredEnum.Find<MediaKind>(kind);
        foreach (var image in await library.ListAsync(MediaKind.Image, 1, 200, ct))
            Posters.Add((image.Path, image.AltZh is { Length: > 0 } alt ? $"{alt} ({image.OriginalName ?? image.Path})" : image.Path));
        PageNumber = int.TryParse(page, out var n) && n is > 0 and < 100_000 ? n : 1;
        foreach (var media in await library.ListAsync(Kind, PageNumber, PageSize, ct))
            Items.Add(new MediaItem(media, (media.Kind == MediaKind.Video ? media.PosterPath : media.Kind == MediaKind.Image ? media.Path : null) is { } image
                ? await urls.PresetAsync(image, "card", ct) : null));
    }
}
