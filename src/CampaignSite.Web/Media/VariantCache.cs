using System.Collections.Concurrent;

namespace CampaignSite.Media;

/// <summary>
/// Processed images on disk (DataPath/cache/images/ab/abcdef….ext), keyed by the source's hash and
/// the normalized commands. A missing variant is made once however many requests ask for it at
/// the same time; at most MaxConcurrentProcessing are made at once; the least recently used
/// files go when the folder grows past CacheMaxBytes.
/// </summary>
public sealed class VariantCache
{
    readonly string root;
    readonly long maxBytes;
    readonly SemaphoreSlim slots;
    readonly ConcurrentDictionary<string, Entry> entries = new();
    readonly ConcurrentDictionary<string, Lazy<Task<string>>> inFlight = new();
    readonly Lock evicting = new();
    long totalBytes, produced, uses;

    /// <summary>LastUsed is a count of uses, not a time: the order of uses is exact however close together they come.</summary>
    sealed class Entry(long size, long lastUsed)
    {
        public long Size = size;
        public long LastUsed = lastUsed;
    }

    public VariantCache(string root, long maxBytes, int concurrency)
    {
        (this.root, this.maxBytes) = (root, maxBytes);
        var meter = new System.Diagnostics.Metrics.Meter(CampaignSite.Data.SiteMeter.Name);
        meter.CreateObservableCounter("media.variants_made", () => Produced, description: "Image variants (and fetched originals) made since start");
        meter.CreateObservableGauge("media.cache_bytes", () => TotalBytes, unit: "By", description: "Bytes of processed images on this node's disk");
        slots = new SemaphoreSlim(Math.Max(1, concurrency));
        Directory.CreateDirectory(root);
        // Files left by an earlier run count as used in the order they were written.
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.LastWriteTimeUtc))
        {
            if (file.Name.Contains(".tmp")) { file.Delete(); continue; }
            entries[file.Name] = new Entry(file.Length, ++uses);
            totalBytes += file.Length;
        }
    }

    /// <summary>Variants made since start: a cache hit does not count.</summary>
    public long Produced => Interlocked.Read(ref produced);
    public long TotalBytes => Interlocked.Read(ref totalBytes);

    /// <summary>The file of a variant, made by <paramref name="make"/> when it is not on disk yet.</summary>
    public Task<string> GetOrCreateAsync(string key, string extension, Func<byte[]> make, CancellationToken ct) =>
        GetOrFetchAsync(key, extension, () => Task.Run(make), ct);

    /// <summary>The same, for bytes that come from elsewhere (an original fetched from the media store).</summary>
    public async Task<string> GetOrFetchAsync(string key, string extension, Func<Task<byte[]>> make, CancellationToken ct)
    {
        if (Find(key, extension) is { } found) return found;
        var name = key + "." + extension;
        var path = PathOf(name);
        var work = inFlight.GetOrAdd(name, _ => new Lazy<Task<string>>(() => MakeAsync(name, path, make)));
        return await work.Value.WaitAsync(ct);
    }

    async Task<string> MakeAsync(string name, string path, Func<Task<byte[]>> make)
    {
        await slots.WaitAsync();
        try
        {
            // A request that missed just before another finished making it: the variant is there now.
            if (entries.ContainsKey(name) && File.Exists(path)) return path;
            var bytes = await make();
            Interlocked.Increment(ref produced);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".tmp" + Environment.CurrentManagedThreadId;
            await File.WriteAllBytesAsync(temp, bytes);
            File.Move(temp, path, overwrite: true);
            if (entries.TryGetValue(name, out var old)) Interlocked.Add(ref totalBytes, -old.Size);
            entries[name] = new Entry(bytes.Length, Interlocked.Increment(ref uses));
            Interlocked.Add(ref totalBytes, bytes.Length);
        }
        finally
        {
            slots.Release();
            inFlight.TryRemove(name, out _);
        }
        Evict(keep: name);
        return path;
    }

    /// <summary>Deletes the least recently used variants until the cache fits (never the one just made).</summary>
    void Evict(string keep)
    {
        if (TotalBytes <= maxBytes) return;
        lock (evicting)
        {
            foreach (var (name, entry) in entries.OrderBy(e => e.Value.LastUsed).ToList())
            {
                if (TotalBytes <= maxBytes) break;
                if (name == keep || !entries.TryRemove(name, out _)) continue;
                try { File.Delete(PathOf(name)); } catch (IOException) { }
                Interlocked.Add(ref totalBytes, -entry.Size);
            }
        }
    }

    public bool Contains(string key, string extension) => entries.ContainsKey(key + "." + extension);

    /// <summary>The file of a variant already on disk (marked as just used), or null.</summary>
    public string? Find(string key, string extension)
    {
        var name = key + "." + extension;
        if (!entries.TryGetValue(name, out var entry)) return null;
        var path = PathOf(name);
        if (!File.Exists(path)) return null;
        entry.LastUsed = Interlocked.Increment(ref uses);
        return path;
    }

    string PathOf(string name) => Path.Combine(root, name[..2], name);
}
