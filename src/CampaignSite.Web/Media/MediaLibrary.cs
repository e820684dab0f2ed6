using System.Security.Cryptography;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Media.Imaging;
using CampaignSite.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Media;

/// <summary>
/// The media library for editors: uploads checked by content (never by name), cleaned and stored
/// once by the hash of their bytes; alt text and focal points; which documents use a file; deletes
/// that leave no document without its image.
/// </summary>
public sealed class MediaLibrary(CampaignDbContext db, MediaCatalog catalog, IMediaStore store, ImagePipeline pipeline, MediaOptions options, ChangeFollower follower, TimeProvider clock)
{
    /// <summary>Reads at most MaxBytes + 1 from the stream, so an oversized upload is refused without reading it all.</summary>
    public async Task<MediaResult> UploadAsync(Stream content, MediaUpload upload, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes) return MediaResult.Fail(TooLarge());
        }
        return await UploadAsync(buffer.ToArray(), upload, ct);
    }

    public async Task<MediaResult> UploadAsync(byte[] bytes, MediaUpload upload, CancellationToken ct = default)
    {
        if (bytes.Length == 0) return MediaResult.Fail("the file is empty");
        if (bytes.Length > options.MaxBytes) return MediaResult.Fail(TooLarge());
        var type = MediaTypes.Sniff(bytes);
        if (type is null) return MediaResult.Fail(LooksLikeSvg(bytes, upload.FileName)
            ? "SVG files are not accepted: they can carry scripts. Export the drawing as PNG or WebP"
            : "the file is not a JPEG, PNG, WebP, GIF or AVIF image or a PDF (judged by its content, not its name)");
        var format = ImageFormats.FromContentType(type);
        if (format is not null && (string.IsNullOrWhiteSpace(upload.AltZh) || string.IsNullOrWhiteSpace(upload.AltEn)))
            return MediaResult.Fail("images need alternative text in Chinese and in English, describing what the image shows");
        if (FocalProblem(upload.FocalX, upload.FocalY) is { } focalProblem) return MediaResult.Fail(focalProblem);

        var path = $"media/{Convert.ToHexStringLower(SHA256.HashData(bytes))[..20]}.{(format?.Extension() ?? "pdf")}";
        if (await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, ct) is { } existing) return new MediaResult(existing, null, AlreadyStored: true);

        byte[] stored;
        int? width = null, height = null;
        if (format is { } f)
        {
            if (!pipeline.Available) return MediaResult.Fail("images cannot be checked right now (the image pipeline is unavailable); try again later");
            var (cleaned, error) = await Task.Run(() => ImageCleaner.Clean(bytes, f, options.MaxPixels), ct);
            if (cleaned is null) return MediaResult.Fail(error!);
            (stored, width, height) = (cleaned.Bytes, cleaned.Width, cleaned.Height);
        }
        else
        {
            if (bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) < 0) return MediaResult.Fail("the PDF is incomplete (it has no end marker)");
            stored = bytes;
        }

        var record = new MediaRecord
        {
            Path = path, ContentType = type, Length = stored.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(stored)),
            CreatedUtc = clock.GetUtcNow().UtcDateTime, Kind = format is null ? MediaKind.Document : MediaKind.Image,
            Width = width, Height = height, FocalX = upload.FocalX, FocalY = upload.FocalY,
            AltZh = Clip(upload.AltZh, 500), AltEn = Clip(upload.AltEn, 500),
            OriginalName = Clip(System.IO.Path.GetFileName(upload.FileName), 260), UploadedBy = Clip(upload.UploadedBy, 100),
        };
        await store.PutAsync(MediaPath.FileName(path), stored, type, ct);
        db.Media.Add(record);
        try { await SaveAsync(ChangeKind.MediaAdded, path, ct); }
        catch (DbUpdateException)
        {
            // The same bytes uploaded twice at once: the other upload's row stands.
            db.ChangeTracker.Clear();
            if (await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, ct) is { } other) return new MediaResult(other, null, AlreadyStored: true);
            throw;
        }
        return new MediaResult(record, null);
    }

    /// <summary>
    /// A video hosted elsewhere (a CDN, a video platform) as a library item: its URL, its length and a
    /// library image as its poster. The same URL twice gives the existing record.
    /// </summary>
    public async Task<MediaResult> AddVideoAsync(string url, int durationSeconds, string posterPath, string? altZh, string? altEn, string uploadedBy, CancellationToken ct = default)
    {
        if (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return MediaResult.Fail("the video URL must be an absolute http or https address of at most 500 characters");
        if (durationSeconds is < 1 or > 86_400) return MediaResult.Fail("the video's duration must be from 1 second to 24 hours");
        if (string.IsNullOrWhiteSpace(altZh) || string.IsNullOrWhiteSpace(altEn))
            return MediaResult.Fail("videos need a description in Chinese and in English");
        if (await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == posterPath, ct) is not { Kind: MediaKind.Image })
            return MediaResult.Fail($"the poster must be an image of the media library; {posterPath} is not");
        var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url)));
        var path = $"video/{hash[..20]}";
        if (await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, ct) is { } existing) return new MediaResult(existing, null, AlreadyStored: true);
        var record = new MediaRecord
        {
            Path = path, ContentType = "text/uri-list", Sha256 = hash, CreatedUtc = clock.GetUtcNow().UtcDateTime, Kind = MediaKind.Video,
            VideoUrl = url, DurationSeconds = durationSeconds, PosterPath = posterPath,
            AltZh = Clip(altZh, 500), AltEn = Clip(altEn, 500), UploadedBy = Clip(uploadedBy, 100),
        };
        db.Media.Add(record);
        await SaveAsync(ChangeKind.MediaAdded, path, ct);
        return new MediaResult(record, null);
    }

    /// <summary>Saves the library's change with its change-log row in one commit, then applies it here (other processes follow the log).</summary>
    async Task SaveAsync(ChangeKind kind, string path, CancellationToken ct)
    {
        ChangeLog.Add(db, new ChangeRecord { Kind = kind, MediaPath = path }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await ChangeLog.NotifyAsync(db, ct);
        catalog.Forget(path);
        await follower.CatchUpAfterCommitAsync(ct);
    }

    /// <summary>A page of the library, newest first; kind filters to image, document or video.</summary>
    public Task<List<MediaRecord>> ListAsync(MediaKind? kind = null, int page = 1, int pageSize = 50, CancellationToken ct = default) =>
        db.Media.AsNoTracking().Where(m => kind == null || m.Kind == kind)
            .OrderByDescending(m => m.CreatedUtc).ThenBy(m => m.Path)
            .Skip((Math.Max(page, 1) - 1) * Math.Clamp(pageSize, 1, 200)).Take(Math.Clamp(pageSize, 1, 200)).ToListAsync(ct);

    public Task<MediaRecord?> GetAsync(string path, CancellationToken ct = default) => db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, ct);

    /// <summary>Sets alt text and focal point. Cropped variants follow the new focal point (their URLs change version).</summary>
    public async Task<MediaResult> UpdateAsync(string path, string? altZh, string? altEn, double focalX, double focalY, CancellationToken ct = default)
    {
        if (await db.Media.FirstOrDefaultAsync(m => m.Path == path, ct) is not { } row) return MediaResult.Fail($"{path} is not in the media library");
        if (row.Kind == MediaKind.Image && (string.IsNullOrWhiteSpace(altZh) || string.IsNullOrWhiteSpace(altEn)))
            return MediaResult.Fail("images need alternative text in Chinese and in English, describing what the image shows");
        if (FocalProblem(focalX, focalY) is { } focalProblem) return MediaResult.Fail(focalProblem);
        (row.AltZh, row.AltEn, row.FocalX, row.FocalY) = (Clip(altZh, 500), Clip(altEn, 500), focalX, focalY);
        await SaveAsync(ChangeKind.MediaChanged, path, ct);
        return new MediaResult(row, null);
    }

    /// <summary>
    /// The documents whose latest or published version refers to the item (a file by its path in the
    /// cover, body or any field; a video by its URL), and the video references that show an image as poster.
    /// </summary>
    public async Task<IReadOnlyList<MediaUse>> UsageAsync(string path, CancellationToken ct = default)
    {
        var video = await db.Media.AsNoTracking().Where(m => m.Path == path && m.Kind == MediaKind.Video).Select(m => m.VideoUrl).FirstOrDefaultAsync(ct);
        var (kind, target) = video is null ? (ReferenceRecord.Kinds.Media, path) : (ReferenceRecord.Kinds.Url, video);
        var uses = await (from r in db.References
                          join d in db.Documents on r.DocumentId equals d.Id
                          join v in db.Versions on r.VersionId equals v.Id
                          where r.Kind == kind && r.Target == target && (v.Number == d.LatestVersion || v.Id == d.PublishedVersionId)
                          select new { d.Type, d.Slug, Published = v.Id == d.PublishedVersionId }).ToListAsync(ct);
        // A poster is on the public site when a published version shows its video.
        var posters = await db.Media.AsNoTracking().Where(m => m.PosterPath == path)
            .Select(m => new { m.Path, Published = m.VideoUrl != null && (from r in db.References
                                                                          join d in db.Documents on r.VersionId equals d.PublishedVersionId
                                                                          where r.Kind == ReferenceRecord.Kinds.Url && r.Target == m.VideoUrl
                                                                          select r).Any() })
            .ToListAsync(ct);
        return uses
            .GroupBy(c => (c.Type, c.Slug)).Select(g => new MediaUse(g.Key.Type, g.Key.Slug, g.Any(c => c.Published)))
            .Concat(posters.Select(p => new MediaUse(MediaKind.Video.Name(), p.Path, p.Published)))
            .OrderBy(u => u.Type).ThenBy(u => u.Slug).ToList();
    }

    /// <summary>Deletes a file nobody uses; refuses, naming the documents, when one does. Its cached variants age out of the cache.</summary>
    public async Task<MediaResult> DeleteAsync(string path, CancellationToken ct = default)
    {
        if (await db.Media.FirstOrDefaultAsync(m => m.Path == path, ct) is not { } row) return MediaResult.Fail($"{path} is not in the media library");
        var uses = await UsageAsync(path, ct);
        if (uses.Count > 0)
            return MediaResult.Fail($"{path} is used by {string.Join(", ", uses.Take(10).Select(u => $"{u.Type}/{u.Slug}"))}{(uses.Count > 10 ? $" and {uses.Count - 10} more" : "")}; change those documents first");
        db.Media.Remove(row);
        await SaveAsync(ChangeKind.MediaRemoved, path, ct);
        if (row.Kind != MediaKind.Video)
            await store.DeleteAsync(MediaPath.FileName(path), ct);
        return new MediaResult(row, null);
    }

    string TooLarge() => $"the file is larger than the {options.MaxBytes / (1024.0 * 1024):0.#} MB accepted";

    static string? FocalProblem(double x, double y) =>
        x is >= 0 and <= 1 && y is >= 0 and <= 1 ? null : "the focal point must be two fractions from 0 to 1 (across, down)";

    static bool LooksLikeSvg(byte[] bytes, string name) =>
        name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase) ||
        System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("<svg", StringComparison.OrdinalIgnoreCase);

    static string? Clip(string? text, int length) => text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, length)] : null;
}
