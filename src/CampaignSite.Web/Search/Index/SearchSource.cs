using CampaignSite.Data;
using Lucene.Net.Index;
using LuceneTerm = Lucene.Net.Index.Term;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Search.Index;

/// <summary>Reads the published rows into index documents: all of them for a rebuild, some after a change.</summary>
static class SearchSource
{
    const int Batch = 1000;

    /// <summary>Adds every published document to a new index; returns how many.</summary>
    public static async Task<int> WriteAllAsync(CampaignDbContext db, IndexWriter writer, Action<string> progress, CancellationToken ct)
    {
        var ids = await db.Published.AsNoTracking().Select(p => p.DocumentId).Distinct().OrderBy(id => id).ToListAsync(ct);
        var done = 0;
        var chunks = ids.Chunk(Batch).ToList();
        Task<List<PublishedEntry>> Read(int[] chunk)
        {
            var (from, to) = (chunk[0], chunk[^1]);
            return db.Published.AsNoTracking().Where(p => p.DocumentId >= from && p.DocumentId <= to).ToListAsync(ct);
        }
        // The next batch is read while this one is analysed; the writer takes documents from several threads.
        var next = chunks.Count > 0 ? Read(chunks[0]) : null;
        for (var i = 0; i < chunks.Count; i++)
        {
            var rows = await next!;
            next = i + 1 < chunks.Count ? Read(chunks[i + 1]) : null;
            Parallel.ForEach(rows.GroupBy(r => r.DocumentId), new ParallelOptions { CancellationToken = ct },
                document => writer.AddDocument(SearchDocument.Build(document.Key, document.ToList())));
            done += chunks[i].Length;
            progress($"indexed {done}/{ids.Count} documents");
        }
        return ids.Count;
    }

    /// <summary>Replaces the documents as they are published now, or removes them when they are not.</summary>
    public static async Task ReplaceAsync(CampaignDbContext db, IndexWriter writer, IReadOnlyList<int> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = (await db.Published.AsNoTracking().Where(p => chunk.Contains(p.DocumentId)).ToListAsync(ct)).ToLookup(r => r.DocumentId);
            foreach (var id in chunk)
            {
                var key = new LuceneTerm(SearchFields.Id, id.ToString());
                if (rows[id].Any()) writer.UpdateDocument(key, SearchDocument.Build(id, rows[id].ToList()));
                else writer.DeleteDocuments(key);
            }
        }
    }
}
