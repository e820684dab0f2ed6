using System.Globalization;
using CampaignSite.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace CampaignSite.Search.Index;

/// <summary>
/// One built index in its own folder under DataPath/search: its writer, its searchers, and where it
/// stands in the change log, kept in the commit's user data so that the documents and the cursor
/// commit together (a crash never leaves one ahead of the other).
/// </summary>
public sealed class IndexGeneration : IDisposable
{
    const string CursorKey = "cursor", CursorUtcKey = "cursorUtc", VersionKey = "analysis";

    public string Folder { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }
    /// <summary>The last change-log id applied, and when the log was read for it.</summary>
    public long Cursor { get; private set; }
    public DateTime CursorUtc { get; private set; }
    /// <summary>The analysis the index was built with; another than <see cref="SearchAnalyzer.Version"/> means a rebuild.</summary>
    public string? Version { get; }

    IndexGeneration(string folder, IndexWriter writer)
    {
        Folder = folder;
        Writer = writer;
        Searchers = new SearcherManager(writer, true, new Bm25Searchers());
        var data = writer.CommitData;
        Cursor = data.TryGetValue(CursorKey, out var c) && long.TryParse(c, out var cursor) ? cursor : -1;
        CursorUtc = data.TryGetValue(CursorUtcKey, out var u) && DateTime.TryParse(u, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : DateTime.MinValue;
        Version = data.TryGetValue(VersionKey, out var v) ? v : null;
    }

    static IndexWriterConfig Config(OpenMode mode) => new(SearchAnalyzer.Lucene, SearchAnalyzer.Indexing)
    {
        OpenMode = mode,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = 64,
    };

    /// <summary>A new, empty index in a new folder.</summary>
    public static IndexGeneration Create(string folder)
    {
        Directory.CreateDirectory(folder);
        return new IndexGeneration(folder, new IndexWriter(FSDirectory.Open(folder), Config(OpenMode.CREATE)));
    }

    /// <summary>
    /// Opens an existing index and verifies every segment's checksums (a damaged file fails here, not
    /// in a reader's search). Throws when the index is missing, locked by another process or damaged.
    /// </summary>
    public static IndexGeneration Open(string folder)
    {
        var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory)) throw new FileNotFoundException("no index in " + folder);
        var writer = new IndexWriter(directory, Config(OpenMode.APPEND));
        try
        {
            using (var reader = DirectoryReader.Open(directory))
                foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            return new IndexGeneration(folder, writer);
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    /// <summary>Commits what was written with the cursor, and lets the next search see it.</summary>
    public void Commit(long cursor, DateTime cursorUtc)
    {
        Cursor = Math.Max(Cursor, cursor);
        CursorUtc = cursorUtc;
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = Cursor.ToString(CultureInfo.InvariantCulture),
            [CursorUtcKey] = CursorUtc.ToString("O", CultureInfo.InvariantCulture),
            [VersionKey] = SearchAnalyzer.Version,
        });
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    public int Count
    {
        get
        {
            var searcher = Searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { Searchers.Release(searcher); }
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
    }

    sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
