using System.Collections.Concurrent;
using CampaignSite.Content.Delivery;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Partners;

/// <summary>
/// Each key's use of the API on this node, counted in memory (a request must not wait for a write)
/// and added to partner_usage by <see cref="FlushAsync"/>: every few seconds, at shutdown, and
/// before the partners page reads it. Requests counts every answer, 429 included; ClientErrors
/// the other 4xx; Throttled the 429s.
/// </summary>
public sealed class PartnerUsage(IServiceScopeFactory scopes, TimeProvider clock)
{
    sealed class Counts
    {
        public long Requests, ClientErrors, Throttled;
    }

    readonly ConcurrentDictionary<(int KeyId, DateOnly Day), Counts> pending = new();

    /// <summary>The day in China Standard Time, the campaign's calendar.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Dates.ChinaStandardTime).DateTime);

    public void Count(int keyId, int status)
    {
        var counts = pending.GetOrAdd((keyId, Today(clock)), _ => new Counts());
        Interlocked.Increment(ref counts.Requests);
        if (status == StatusCodes.Status429TooManyRequests) Interlocked.Increment(ref counts.Throttled);
        else if (status is >= 400 and < 500) Interlocked.Increment(ref counts.ClientErrors);
    }

    /// <summary>Adds what was counted since the last flush to the database; what cannot be written stays pending for the next.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.IsEmpty) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var today = Today(clock);
        foreach (var ((keyId, day), counts) in pending)
        {
            // Taking each count with an exchange loses no request counted meanwhile; it goes to the next flush.
            var (requests, errors, throttled) = (Interlocked.Exchange(ref counts.Requests, 0),
                Interlocked.Exchange(ref counts.ClientErrors, 0), Interlocked.Exchange(ref counts.Throttled, 0));
            if (requests == 0)
            {
                if (day < today) pending.TryRemove((keyId, day), out _);
                continue;
            }
            try
            {
                // An upsert that adds, so that every node adds its own counts to the same row (SQLite and PostgreSQL alike).
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO partner_usage ("KeyId", "Day", "Requests", "ClientErrors", "Throttled") VALUES ({keyId}, {day}, {requests}, {errors}, {throttled})
                    ON CONFLICT ("KeyId", "Day") DO UPDATE SET "Requests" = partner_usage."Requests" + excluded."Requests",
                    "ClientErrors" = partner_usage."ClientErrors" + excluded."ClientErrors", "Throttled" = partner_usage."Throttled" + excluded."Throttled"
                    """, ct);
            }
            catch
            {
                Interlocked.Add(ref counts.Requests, requests);
                Interlocked.Add(ref counts.ClientErrors, errors);
                Interlocked.Add(ref counts.Throttled, throttled);
                throw;
            }
        }
    }
}

/// <summary>Flushes <see cref="PartnerUsage"/> every few seconds, and once more when the node stops.</summary>
public sealed class PartnerUsageFlusher(PartnerUsage usage, TimeProvider clock, ILogger<PartnerUsageFlusher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try { await usage.FlushAsync(ct); }
            catch (Exception e) when (!ct.IsCancellationRequested) { logger.LogWarning(e, "Writing partner API usage failed; it is tried again in {Interval}", Interval); }
        }
    }

    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        try { await usage.FlushAsync(ct); }
        catch (Exception e) { logger.LogWarning(e, "Writing partner API usage at shutdown failed; this node's last counts are lost"); }
    }
}
