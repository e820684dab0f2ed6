using CampaignSite.Content.Types;
using CampaignSite.Data;

using static CampaignSite.Search.SearchSql;

namespace CampaignSite.Search;

/// <summary>SQLite FTS5 in the content database: bm25 with weights title 10, tags 5, summary 3, body 1, extra 2.</summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    public const string Table = "search_index";

    /// <summary>The row of a document in a culture: two rows a document, found again without a scan.</summary>
    static long RowId(int documentId, string culture) => documentId * 2L + Cultures.All.ToList().IndexOf(culture);

    public async Task ReplaceAsync(CampaignDbContext db, int documentId, IReadOnlyList<SearchRow> rows, CancellationToken ct)
    {
        await using var delete = Command(db, $"DELETE FROM {Table} WHERE rowid IN ($a, $b)", ("$a", documentId * 2L), ("$b", documentId * 2L + 1));
        await delete.ExecuteNonQueryAsync(ct);
        foreach (var r in rows)
        {
            await using var insert = Command(db,
                $"INSERT INTO {Table} (rowid, title, tags, summary, body, extra) VALUES ($id, $t, $g, $s, $b, $e)",
                ("$t", r.Title), ("$g", r.Tags), ("$s", r.Summary), ("$b", r.Body), ("$e", r.Extra), ("$id", RowId(documentId, r.Culture)));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<int> CountAsync(CampaignDbContext db, CancellationToken ct) => SearchSql.CountAsync(db, Table, ct);

    public async Task ClearAsync(CampaignDbContext db, CancellationToken ct)
    {
        await using var cmd = Command(db, $"INSERT INTO {Table} ({Table}) VALUES ('delete-all')");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<SearchHit>> MatchAsync(CampaignDbContext db, SearchQuery query, string culture, int limit, CancellationToken ct)
    {
        // Rank inside the index first and join only the best rows: the join never sees the long tail.
        await using var cmd = Command(db, $"""
            WITH best AS (
                SELECT rowid AS id, -bm25({Table}, 10.0, 5.0, 3.0, 1.0, 2.0) AS score
                FROM {Table} WHERE {Table} MATCH $q ORDER BY score DESC LIMIT $limit)
            SELECT p.DocumentId, p.Type, p.Province, p.Facet, p.Tasks, p.Featured, p.PublishedUtc, best.score, p.Tags
            FROM best JOIN published p ON p.DocumentId = best.id / 2 AND p.Culture = $c
            ORDER BY best.score DESC
            """, ("$q", query.ToFts5()), ("$c", culture), ("$limit", limit));
        await using var _ = await Open(db, ct);
        return Best(await Read(cmd, ct));
    }

    public async Task<List<int>> PrefixAsync(CampaignDbContext db, string lastToken, SearchQuery rest, int limit, CancellationToken ct)
    {
        var match = $"title : (\"{lastToken.Replace("\"", "\"\"")}\" *)" + (rest.IsEmpty ? "" : " AND " + rest.ToFts5());
        await using var cmd = Command(db, $"SELECT DISTINCT rowid / 2 FROM {Table} WHERE {Table} MATCH $q ORDER BY bm25({Table}, 10.0, 5.0, 3.0, 1.0, 2.0) LIMIT $limit",
            ("$q", match), ("$limit", limit));
        await using var _ = await Open(db, ct);
        var ids = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }
}
