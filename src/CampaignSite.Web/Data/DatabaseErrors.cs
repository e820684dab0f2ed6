using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CampaignSite.Data;

/// <summary>
/// Tells a database that is away (down, restarting, refusing connections, locked) from a bug: the
/// first is answered 503 with Retry-After and the site's "back soon" page, and passes by itself.
/// </summary>
public static class DatabaseErrors
{
    public const int RetryAfterSeconds = 30;

    public static bool IsUnavailable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            switch (e)
            {
                case PostgresException pg:
                    // connection exceptions, too many connections, a database not accepting connections, shutdown and start-up, an unknown database
                    return pg.SqlState.StartsWith("08") || pg.SqlState is "53300" or "55000" or "57P01" or "57P02" or "57P03" or "3D000";
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SqliteException sqlite:
                    // busy, locked, cannot open, disk I/O
                    return sqlite.SqliteErrorCode is 5 or 6 or 10 or 14;
                case SocketException or TimeoutException:
                    return true;
                case DbException:
                    return false;
            }
        return false;
    }
}
