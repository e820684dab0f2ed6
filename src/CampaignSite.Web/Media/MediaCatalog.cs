using System.Collections.Concurrent;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Media;

/// <summary>
/// The library's rows as serving needs them, read from the database once and kept in memory. An
/// entry is read again when its file changed on disk (an import; looked at once a second at most) or the library forgets it (an
/// upload, a new focal point, a delete).
/// </summary>
public sealed class MediaCatalog(IServiceScopeFactory scopes, string mediaFolder) : IChangeHandler
{
    readonly ConcurrentDictionary<string, MediaSource> sources = new();

    public string Folder => mediaFolder;

    /// <summary>How long a file's size and time are trusted before it is looked at again.</summary>
    const long RecheckMilliseconds = 1000;

    public ValueTask<MediaSource?> FindAsync(string mediaPath, CancellationToken ct = default)
    {
        if (!MediaPath.IsValid(mediaPath)) return ValueTask.FromResult<MediaSource?>(null);
        if (sources.TryGetValue(mediaPath, out var known) && Environment.TickCount64 - known.CheckedAt < RecheckMilliseconds)
            return ValueTask.FromResult<MediaSource?>(known);
        return new(LoadAsync(mediaPath, known, ct));
    }

    async Task<MediaSource?> LoadAsync(string mediaPath, MediaSource? known, CancellationToken ct)
    {
        var file = new FileInfo(Path.Combine(mediaFolder, MediaPath.FileName(mediaPath)));
        if (!file.Exists) return null;
        if (known is not null && known.FileTimeUtc == file.LastWriteTimeUtc && known.FileLength == file.Length)
        {
            known.CheckedAt = Environment.TickCount64;
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var row = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == mediaPath, ct);
        if (row is null) return null;
        var source = new MediaSource(row.Path, file.FullName, row.ContentType, row.Sha256, row.FocalX, row.FocalY, row.Width, row.Height)
        {
            FileTimeUtc = file.LastWriteTimeUtc, FileLength = file.Length, CheckedAt = Environment.TickCount64,
        };
        sources[mediaPath] = source;
        return source;
    }

    public void Forget(string mediaPath) => sources.TryRemove(mediaPath, out _);

    /// <summary>A file added, changed or removed by any process is read again when next asked for.</summary>
    public Task ApplyAsync(IReadOnlyList<ChangeRecord> changes, CancellationToken ct)
    {
        foreach (var change in changes)
            if (change.MediaPath is { } path) Forget(path);
        return Task.CompletedTask;
    }

    public Task ResetAsync(CancellationToken ct)
    {
        sources.Clear();
        return Task.CompletedTask;
    }
}
