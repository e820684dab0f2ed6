using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Directory = System.IO.Directory;

namespace CampaignSite.Search.Index;

/// <summary>Search cannot answer now: this node has no usable index yet, and is building one.</summary>
public sealed class SearchUnavailableException(string message) : Exception(message);

/// <summary>Where this node's index stands, for /healthz and the backoffice.</summary>
public sealed record IndexState(bool Open, long Cursor, DateTime CursorUtc, int Documents, bool Rebuilding, string? Progress, string? LastError, string Folder);

/// <summary>
/// This node's Lucene index in DataPath/search, derived from the published rows and kept in step by
/// the change log. It opens the index it left (checksums verified), catches up from the cursor in
/// its last commit, and rebuilds into a new folder when the index is missing, damaged, built by
/// another analysis, or further behind than the log keeps changes. Until a rebuild swaps in, the old
/// index answers; a node with none says search is being rebuilt.
/// </summary>
public sealed class SearchIndex(IServiceScopeFactory scopes, IOptions<SiteOptions> site, IOptions<ChangeOptions> changes,
    TimeProvider clock, ILogger<SearchIndex> logger) : IChangeHandler, IDerivedIndex, IDisposable
{
    const string Pointer = "current";

    readonly SemaphoreSlim gate = new(1, 1);
    volatile IndexGeneration? current;
    int rebuilding;
    string? progress, lastError;

    public string Root => Path.Combine(site.Value.DataPath, "search");
    public DateTime? FinishedUtc { get; private set; }
    /// <summary>The running or last rebuild, when there is one.</summary>
    public Task? Rebuild { get; private set; }

    public bool Running => Volatile.Read(ref rebuilding) == 1;
    public string? Progress => progress;

    public async Task<(int Published, int Indexed)> CountAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Published.Select(p => p.DocumentId).Distinct().CountAsync(ct);
        return (published, current?.Count ?? 0);
    }

    public IndexState State
    {
        get
        {
            var g = current;
            return new IndexState(g is not null, g?.Cursor ?? -1, g?.CursorUtc ?? DateTime.MinValue, g?.Count ?? 0,
                Volatile.Read(ref rebuilding) == 1, progress, lastError, g?.Folder ?? Root);
        }
    }

    /// <summary>At start: open what this node left and catch up, or rebuild (in the background; a fresh node waits a little for it).</summary>
    public async Task StartAsync(TimeSpan wait, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var reason = "there is no index yet";
        if (File.Exists(Path.Combine(Root, Pointer)) && Path.Combine(Root, File.ReadAllText(Path.Combine(Root, Pointer)).Trim()) is var folder && Directory.Exists(folder))
        {
            try
            {
                var g = IndexGeneration.Open(folder);
                current = g;
                if (g.Version != Analysis.SearchAnalyzer.Version) reason = $"it was built by analysis {g.Version ?? "unknown"}";
                else if (g.CursorUtc < clock.GetUtcNow().UtcDateTime - changes.Value.Retention) reason = "it is further behind than the change log keeps changes";
                else
                {
                    await CatchUpAsync(g, g.Cursor, g.CursorUtc, ct);
                    DeleteOtherFolders(g.Folder);
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                reason = $"it could not be opened ({e.GetType().Name}: {e.Message})";
                logger.LogWarning("The search index in {Folder} could not be opened and is rebuilt: {Error}", folder, e.Message);
            }
        }
        logger.LogInformation("Rebuilding the search index because {Reason}", reason);
        if (TryStart() && Rebuild is { } running) await Task.WhenAny(running, Task.Delay(wait, ct));
    }

    /// <summary>Runs <paramref name="search"/> on the current index; a damaged index starts a rebuild and answers unavailable.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var g = current ?? throw new SearchUnavailableException(Volatile.Read(ref rebuilding) == 1 ? "the search index is being rebuilt" : "there is no search index");
        var searcher = g.Searchers.Acquire();
        try { return search(searcher); }
        catch (Exception e) when (e is IOException or CorruptIndexException or ObjectDisposedException)
        {
            if (current == g && e is not ObjectDisposedException)
            {
                logger.LogError(e, "The search index is damaged; it is rebuilt");
                TryStart();
            }
            throw new SearchUnavailableException("the search index is being rebuilt");
        }
        finally
        {
            try { g.Searchers.Release(searcher); } catch (ObjectDisposedException) { }
        }
    }

    public async Task ApplyAsync(IReadOnlyList<ChangeRecord> records, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            // With no index open (starting, or rebuilding from nothing), the catch-up that follows reads these rows.
            if (current is { } g) await ApplyAsync(g, records, clock.GetUtcNow().UtcDateTime, ct);
        }
        finally { gate.Release(); }
    }

    /// <summary>The process missed changes (it was away longer than the log keeps them): rebuild.</summary>
    public Task ResetAsync(CancellationToken ct)
    {
        TryStart();
        return Task.CompletedTask;
    }

    /// <summary>Starts a rebuild in the background; false when one is running.</summary>
    public bool TryStart()
    {
        if (Interlocked.Exchange(ref rebuilding, 1) == 1) return false;
        progress = "starting";
        Rebuild = Task.Run(async () =>
        {
            try { await RebuildCoreAsync(new ProgressWriter(line => progress = line), CancellationToken.None); }
            catch (Exception e)
            {
                logger.LogError(e, "Rebuilding the search index failed");
                lastError = e.Message;
                progress = "failed: " + e.Message + (current is null ? "" : " (the previous index still answers)");
            }
        });
        return true;
    }

    /// <summary>Rebuilds now (the reindex verb), writing progress to <paramref name="log"/>; false when it cannot (another rebuild, or a running site holds the index).</summary>
    public async Task<bool> RebuildAsync(TextWriter log, CancellationToken ct = default)
    {
        if (current is null && Holder() is { } holder)
        {
            log.WriteLine($"A running site holds the search index in {holder}; rebuild it from the backoffice (Search index), or stop the site first.");
            return false;
        }
        if (Interlocked.Exchange(ref rebuilding, 1) == 1)
        {
            log.WriteLine("A rebuild is already running.");
            return false;
        }
        await RebuildCoreAsync(log, ct);
        return true;
    }

    async Task RebuildCoreAsync(TextWriter log, CancellationToken ct)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            // The head is read before the rows: a change committed meanwhile is applied again after the swap.
            var head = await db.Changes.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            var startedUtc = clock.GetUtcNow().UtcDateTime;
            var folder = Path.Combine(Root, "g" + startedUtc.ToString("yyyyMMddHHmmssfff"));
            var built = IndexGeneration.Create(folder);
            int count;
            try
            {
                count = await SearchSource.WriteAllAsync(db, built.Writer, line => log.WriteLine(line), ct);
                built.Commit(head, startedUtc);
            }
            catch
            {
                built.Dispose();
                TryDelete(folder);
                throw;
            }
            IndexGeneration? old;
            await gate.WaitAsync(ct);
            try
            {
                old = current;
                File.WriteAllText(Path.Combine(Root, Pointer + ".tmp"), Path.GetFileName(folder));
                File.Move(Path.Combine(Root, Pointer + ".tmp"), Path.Combine(Root, Pointer), overwrite: true);
                current = built;
                await CatchUpAsync(built, head, startedUtc, ct);
            }
            finally { gate.Release(); }
            // The old index, and any a damaged start left behind.
            old?.Dispose();
            DeleteOtherFolders(folder);
            lastError = null;
            log.WriteLine($"reindexed {count} documents in {watch.Elapsed.TotalSeconds:0.00} s");
        }
        finally
        {
            FinishedUtc = clock.GetUtcNow().UtcDateTime;
            Volatile.Write(ref rebuilding, 0);
        }
    }

    /// <summary>Applies the changes since <paramref name="cursor"/>, and again those of the follower's window before it (ids may commit out of order).</summary>
    async Task CatchUpAsync(IndexGeneration g, long cursor, DateTime cursorUtc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var readUtc = clock.GetUtcNow().UtcDateTime;
        var since = cursorUtc - ChangeFollower.Window;
        var rows = await db.Changes.AsNoTracking().Where(c => c.Id > cursor || c.AtUtc >= since).OrderBy(c => c.Id).ToListAsync(ct);
        await ApplyAsync(g, rows, readUtc, ct);
    }

    async Task ApplyAsync(IndexGeneration g, IReadOnlyList<ChangeRecord> records, DateTime readUtc, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var ids = records.Where(r => r.DocumentId is not null && r.Kind is ChangeKind.Published or ChangeKind.Unpublished or ChangeKind.Deleted)
            .Select(r => r.DocumentId!.Value).Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        await SearchSource.ReplaceAsync(scope.ServiceProvider.GetRequiredService<CampaignDbContext>(), g.Writer, ids, ct);
        g.Commit(records.Max(r => r.Id), readUtc);
    }

    /// <summary>The folder whose index another process holds open for writing, if any.</summary>
    string? Holder()
    {
        var pointer = Path.Combine(Root, Pointer);
        if (!File.Exists(pointer)) return null;
        var folder = Path.Combine(Root, File.ReadAllText(pointer).Trim());
        if (!Directory.Exists(folder)) return null;
        using var directory = FSDirectory.Open(folder);
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain()) return folder;
        writeLock.Dispose();
        return null;
    }

    void DeleteOtherFolders(string keep)
    {
        foreach (var folder in Directory.GetDirectories(Root).Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(keep), StringComparison.Ordinal)))
            TryDelete(folder);
    }

    static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public void Dispose() => current?.Dispose();

    sealed class ProgressWriter(Action<string> line) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void WriteLine(string? value) => line((value ?? "").Trim());
    }
}
