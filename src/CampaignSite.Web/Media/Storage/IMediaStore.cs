namespace CampaignSite.Media.Storage;

/// <summary>
/// Where the library's originals live, shared by every node: a folder (DataPath/media, or a shared
/// mount) or an S3-compatible bucket. Files are named as in media paths (media/{name} is stored as
/// {name}). Uploads, import, export, delete and serving all go through it.
/// </summary>
public interface IMediaStore
{
    /// <summary>Folder or S3, with where, for logs and /healthz.</summary>
    string Description { get; }

    Task PutAsync(string name, byte[] bytes, string contentType, CancellationToken ct = default);

    /// <summary>The file's bytes, or null when the store has no such file.</summary>
    Task<byte[]?> ReadAsync(string name, CancellationToken ct = default);

    Task DeleteAsync(string name, CancellationToken ct = default);

    /// <summary>
    /// A file on this node's disk with the original's bytes, for serving (ranges, HEAD) and processing:
    /// the stored file itself for a folder, a copy kept by content hash for a bucket. Null when absent.
    /// </summary>
    Task<string?> LocalFileAsync(string name, string sha256, CancellationToken ct = default);

    /// <summary>Throws <see cref="MediaStoreUnavailableException"/> when the store cannot be reached.</summary>
    Task CheckAsync(CancellationToken ct = default);
}

public static class MediaStores
{
    /// <summary>The database or the media store is away: answered 503 with Retry-After, never 500; it passes by itself.</summary>
    public static bool IsOutage(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is MediaStoreUnavailableException) return true;
        return CampaignSite.Data.DatabaseErrors.IsUnavailable(error);
    }

    /// <summary>At start: a store that cannot be used stops the site with one clear sentence.</summary>
    public static async Task EnsureReachableAsync(this IMediaStore store, CancellationToken ct)
    {
        try { await store.CheckAsync(ct); }
        catch (MediaStoreUnavailableException e) { throw new StartupException($"The media store cannot be used: {e.Message}"); }
    }
}

/// <summary>The media store cannot be reached right now (answered 503 with Retry-After); it is not a bug.</summary>
public sealed class MediaStoreUnavailableException(string message, Exception inner) : Exception(message, inner);
