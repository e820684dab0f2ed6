using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Search;

/// <summary>
/// Rebuilds the index from the published rows in one transaction: readers keep the old index
/// (SQLite WAL, PostgreSQL MVCC) until the new one commits, complete.
/// </summary>
public sealed class SearchIndexer(CampaignDbContext db, ISearchIndex index)
{
    public async Task<int> RebuildAsync(TextWriter log, CancellationToken ct = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var ids = await db.Published.AsNoTracking().Select(p => p.DocumentId).Distinct().OrderBy(id => id).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await index.ClearAsync(db, ct);
        var done = 0;
        foreach (var batch in ids.Chunk(500))
        {
            // Fallback rows repeat the Chinese fields and are searched through the Chinese row.
            var rows = await db.Published.AsNoTracking().Where(p => batch.Contains(p.DocumentId) && !p.IsFallback).ToListAsync(ct);
            foreach (var document in rows.GroupBy(r => r.DocumentId))
            {
                var searchRows = document.Select(r => SearchRow.From(r.DocumentId, r.Culture, DocumentJson.Deserialize(r.Fields, DocumentTypes.Find(r.Type)!))).ToList();
                await index.ReplaceAsync(db, document.Key, searchRows, ct);
            }
            done += batch.Length;
            log.WriteLine($"  indexed {done}/{ids.Count} documents");
        }
        await tx.CommitAsync(ct);
        log.WriteLine($"reindexed {ids.Count} documents in {watch.Elapsed.TotalSeconds:0.00} s");
        return ids.Count;
    }

    /// <summary>True when the index holds a row for every published variant (after an upgrade it may not).</summary>
    public async Task<bool> InStepAsync(CancellationToken ct = default) =>
        await index.CountAsync(db, ct) == await db.Published.CountAsync(p => !p.IsFallback, ct);
}
