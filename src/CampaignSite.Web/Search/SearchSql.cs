using System.Data.Common;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignSite.Search;

/// <summary>ADO.NET on the context's connection, for the index tables EF does not map; shared by both indexes.</summary>
static class SearchSql
{
    public static async Task<int> CountAsync(CampaignDbContext db, string table, CancellationToken ct)
    {
        await using var cmd = Command(db, $"SELECT count(*) FROM {table}");
        await using var _ = await Open(db, ct);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }

    /// <summary>Opens the context's connection through EF (which then closes it), for reads outside a transaction.</summary>
    public static async Task<IAsyncDisposable> Open(CampaignDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return new Closer(db);
    }

    sealed class Closer(CampaignDbContext db) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(db.Database.CloseConnectionAsync());
    }

    /// <summary>Both cultures' rows are searched (an English word on the Chinese site still finds its page); one hit per document.</summary>
    public static List<SearchHit> Best(List<SearchHit> hits) =>
        hits.GroupBy(h => h.DocumentId).Select(g => g.MaxBy(h => h.Score)!).OrderByDescending(h => h.Score).ThenBy(h => h.DocumentId).ToList();

    public static async Task<List<SearchHit>> Read(DbCommand cmd, CancellationToken ct)
    {
        var hits = new List<SearchHit>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetBoolean(5),
                DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc), reader.GetDouble(7), reader.GetString(8)));
        return hits;
    }

    /// <summary>A command on the context's connection and current transaction; open the connection with <see cref="Open"/>.</summary>
    public static DbCommand Command(CampaignDbContext db, string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }
}
