using System.Text;
using CampaignSite.Data;
using static CampaignSite.Search.SearchSql;

namespace CampaignSite.Search;

/// <summary>
/// PostgreSQL: the same analysed tokens as a tsvector with weights (title A, tags B, summary and
/// extra C, body D) under a GIN index, ranked by ts_rank_cd. Vectors and queries are written as
/// tsvector/tsquery literals, so no text-search parser or locale decides what a token is.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    public const string Table = "search_documents";

    public async Task ReplaceAsync(CampaignDbContext db, int documentId, IReadOnlyList<SearchRow> rows, CancellationToken ct)
    {
        await using var delete = Command(db, $"DELETE FROM {Table} WHERE document_id = @id", ("@id", documentId));
        await delete.ExecuteNonQueryAsync(ct);
        foreach (var r in rows)
        {
            await using var insert = Command(db, $"INSERT INTO {Table} (document_id, culture, vector) VALUES (@id, @c, CAST(@v AS tsvector))",
                ("@id", documentId), ("@c", r.Culture), ("@v", Vector(r)));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<int> CountAsync(CampaignDbContext db, CancellationToken ct) => SearchSql.CountAsync(db, Table, ct);

    public async Task ClearAsync(CampaignDbContext db, CancellationToken ct)
    {
        await using var cmd = Command(db, $"DELETE FROM {Table}");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<SearchHit>> MatchAsync(CampaignDbContext db, SearchQuery query, string culture, int limit, CancellationToken ct)
    {
        // Rank inside the index first and join only the best rows: the join never sees the long tail.
        await using var cmd = Command(db, $$"""
            WITH best AS (
                SELECT s.document_id, ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', s.vector, q)::float8 AS score
                FROM {{Table}} s, CAST(@q AS tsquery) q
                WHERE s.vector @@ q ORDER BY score DESC, s.document_id LIMIT @limit)
            SELECT p."DocumentId", p."Type", p."Province", p."Facet", p."Tasks", p."Featured", p."PublishedUtc", best.score, p."Tags"
            FROM best JOIN published p ON p."DocumentId" = best.document_id AND p."Culture" = @c
            ORDER BY best.score DESC, p."DocumentId"
            """, ("@q", query.ToTsQuery()), ("@c", culture), ("@limit", limit));
        await using var _ = await Open(db, ct);
        return Best(await Read(cmd, ct));
    }

    public async Task<List<int>> PrefixAsync(CampaignDbContext db, string lastToken, SearchQuery rest, int limit, CancellationToken ct)
    {
        var q = $"{Literal(lastToken)}:*A" + (rest.IsEmpty ? "" : " & " + rest.ToTsQuery());
        await using var cmd = Command(db, $"""
            SELECT document_id FROM {Table}, CAST(@q AS tsquery) q
            WHERE vector @@ q GROUP BY document_id ORDER BY max(ts_rank_cd(vector, q)) DESC, document_id LIMIT @limit
            """, ("@q", q), ("@limit", limit));
        await using var _ = await Open(db, ct);
        var ids = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    /// <summary>The row as a tsvector literal: 'token':position+weight, fields apart so phrases never cross them.</summary>
    public static string Vector(SearchRow row)
    {
        var sb = new StringBuilder();
        var position = 1;
        foreach (var (text, weight) in new[] { (row.Title, 'A'), (row.Tags, 'B'), (row.Summary, 'C'), (row.Extra, 'C'), (row.Body, 'D') })
        {
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                sb.Append(Literal(token)).Append(':').Append(Math.Min(position++, 16383)).Append(weight).Append(' ');
            position += 10;
        }
        return sb.ToString();
    }

    static string Literal(string token) => "'" + token.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
