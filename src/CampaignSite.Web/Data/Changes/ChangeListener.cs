using Npgsql;

namespace CampaignSite.Data.Changes;

/// <summary>
/// On PostgreSQL, LISTENs for the change log's NOTIFY on a connection of its own and wakes the
/// follower within milliseconds. Notifications are lost while it reconnects and through
/// transaction-pooling proxies, so the follower's poll stays the guarantee.
/// </summary>
public sealed class ChangeListener(string connectionString, ChangeFollower follower, ILogger<ChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        // Not pooled (a pooled connection would carry the LISTEN to other users); keepalives notice a dead server.
        var cs = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 }.ToString();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync(ct);
                conn.Notification += (_, _) => follower.Wake();
                await using (var listen = new NpgsqlCommand("LISTEN " + ChangeLog.Channel, conn)) await listen.ExecuteNonQueryAsync(ct);
                follower.Wake(); // whatever was committed while nobody listened
                while (!ct.IsCancellationRequested) await conn.WaitAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogDebug(e, "Listening for changes failed; polling covers it, listening again shortly");
                try { await Task.Delay(TimeSpan.FromSeconds(2), ct); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
