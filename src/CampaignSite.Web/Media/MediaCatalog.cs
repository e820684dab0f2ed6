using System.Collections.Concurrent;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Media;

/// <summary>
/// The library's rows as serving needs them, read from the database once and kept in memory until
/// the change log says the file was added, changed or removed (by this process or any other).
/// </summary>
public sealed class MediaCatalog(IServiceScopeFactory scopes) : IChangeHandler
{
    readonly ConcurrentDictionary<string, MediaSource> sources = new();

    public ValueTask<MediaSource?> FindAsync(string mediaPath, CancellationToken ct = default)
    {
        if (!MediaPath.IsValid(mediaPath)) return ValueTask.FromResult<MediaSource?>(null);
        if (sources.TryGetValue(mediaPath, out var known)) return ValueTask.FromResult<MediaSource?>(known);
        return new(LoadAsync(mediaPath, ct));
    }

    async Task<MediaSource?> LoadAsync(string mediaPath, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var row = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == mediaPath, ct);
        if (row is null) return null;
        var source = new MediaSource(row.Path, row.ContentType, row.Sha256, row.FocalX, row.FocalY, row.Width, row.Height);
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
