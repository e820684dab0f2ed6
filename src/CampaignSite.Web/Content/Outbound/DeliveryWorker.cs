using System.Diagnostics;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Outbound;

/// <summary>
/// Pushes to partners from the database, on every node, at least once. Planning: the node holding the
/// planner lease turns changes not yet planned into delivery rows, in one transaction with marking them
/// planned, so each change is planned once. Sending: any node claims a due row for <see cref="ClaimLength"/>
/// with one conditional UPDATE, sends it, and records the attempt. A node that dies mid-delivery leaves its
/// claim to expire, and the row goes again with the same message id. A row waits while an earlier row for
/// the same receiver and order key is pending, so one document's events arrive in order. Failures retry
/// with doubling delays until the row is a day old.
/// </summary>
public sealed class DeliveryWorker(IServiceScopeFactory scopes, IEnumerable<IDeliveryChannel> channels, OutboundHttp http,
    TimeProvider clock, ILogger<DeliveryWorker> logger) : BackgroundService
{
    public const string PlannerLease = "deliveries-planner";
    public static readonly TimeSpan ClaimLength = OutboundHttp.Timeout + TimeSpan.FromSeconds(5);
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);
    /// <summary>How long finished deliveries stay for the delivery log (and redelivery).</summary>
    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);
    static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    const int Batch = 20;

    readonly string node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    readonly SemaphoreSlim wake = new(0, 1);
    readonly Dictionary<string, IDeliveryChannel> byName = channels.ToDictionary(c => c.Name);
    DateTime lastCleanupUtc = DateTime.MinValue;

    /// <summary>Plan and send now instead of at the next poll (a change was committed).</summary>
    public void Wake()
    {
        try { wake.Release(); } catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (byName.Count == 0) return;
        string? lastError = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PlanAsync(ct);
                await SendDueAsync(ct);
                await CleanUpAsync(ct);
                if (lastError is not null) logger.LogInformation("Deliveries to partners run again");
                lastError = null;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                if (lastError is null) logger.LogWarning(e, "Planning or sending deliveries to partners failed; retrying");
                lastError = e.Message;
            }
            try { await wake.WaitAsync(Poll, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Turns unplanned changes into deliveries, on the node holding the planner lease.</summary>
    public async Task PlanAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        if (!await db.Changes.AnyAsync(c => c.PlannedUtc == null, ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await Lease.TryTakeAsync(db, PlannerLease, node, TimeSpan.FromSeconds(30), now, ct)) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changes = await db.Changes.Where(c => c.PlannedUtc == null).OrderBy(c => c.Id).Take(200).ToListAsync(ct);
        foreach (var channel in byName.Values) await channel.PlanAsync(changes, db, now, ct);
        foreach (var change in changes) change.PlannedUtc = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    async Task CleanUpAsync(CancellationToken ct)
    {
        if (clock.GetUtcNow().UtcDateTime - lastCleanupUtc < TimeSpan.FromHours(1)) return;
        lastCleanupUtc = clock.GetUtcNow().UtcDateTime;
        await DropFinishedAsync(ct);
    }

    /// <summary>Drops finished deliveries older than <see cref="KeepFinished"/>; run hourly by every node (deleting twice is harmless).</summary>
    public async Task<int> DropFinishedAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var before = clock.GetUtcNow().UtcDateTime - KeepFinished;
        return await db.Deliveries.Where(d => d.State != DeliveryState.Pending && d.DoneUtc < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>Claims and sends the rows that are due, each receiver's rows in order.</summary>
    public async Task SendDueAsync(CancellationToken ct)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var pending = db.Deliveries.Where(d => d.State == DeliveryState.Pending);
            due = await pending
                .Where(d => d.NextAttemptUtc <= now && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < now))
                .Where(d => !pending.Any(e => e.Channel == d.Channel && e.TargetId == d.TargetId && e.OrderKey == d.OrderKey && e.Id < d.Id))
                .OrderBy(d => d.Id).Select(d => d.Id).Take(Batch).ToListAsync(ct);
        }
        // Receivers are independent; one slow receiver does not hold up the others.
        await Task.WhenAll(due.Select(id => SendAsync(id, ct)));
    }

    async Task SendAsync(long id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Deliveries
            .Where(d => d.Id == id && d.State == DeliveryState.Pending && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimedBy, node).SetProperty(d => d.ClaimedUntilUtc, now + ClaimLength), ct);
        if (claimed == 0) return; // another node has it
        var delivery = await db.Deliveries.FirstAsync(d => d.Id == id, ct);
        if (!byName.TryGetValue(delivery.Channel, out var channel)) return;

        var (request, cancelled) = await channel.PrepareAsync(delivery, db, now, ct);
        if (request is null)
        {
            Finish(delivery, DeliveryState.Failed, now, cancelled ?? "cancelled");
            await db.SaveChangesAsync(ct);
            return;
        }

        var (delivered, response, error, latency) = await AttemptAsync(delivery, request, ct);
        now = clock.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        delivery.Responses = Append(delivery.Responses, response);
        delivery.LastLatencyMs = latency;
        delivery.LastError = error;
        if (delivered) Finish(delivery, DeliveryState.Delivered, now, null);
        else if (now - delivery.CreatedUtc >= GiveUpAfter) Finish(delivery, DeliveryState.Failed, now, error);
        else
        {
            delivery.NextAttemptUtc = now + RetryAfter(channel.RetryDelay, delivery.Attempts);
            (delivery.ClaimedBy, delivery.ClaimedUntilUtc) = (null, null);
        }
        await channel.AfterAttemptAsync(delivery, delivered, db, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One POST. A process stopping mid-request records nothing: the claim expires and the row goes again.</summary>
    async Task<(bool Delivered, string Response, string? Error, int LatencyMs)> AttemptAsync(DeliveryRecord delivery, OutboundRequest request, CancellationToken ct)
    {
        using var message = OutboundHttp.Request(HttpMethod.Post, request.Url, request.AllowPrivateTargets);
        message.Content = new StringContent(delivery.Body, System.Text.Encoding.UTF8);
        message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(delivery.ContentType);
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            var ok = code is >= 200 and < 300;
            return (ok, code.ToString(), ok ? null : $"The receiver answered {code} {response.ReasonPhrase}.", (int)watch.ElapsedMilliseconds);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (false, "timeout", $"No answer within {OutboundHttp.Timeout.TotalSeconds:0} seconds.", (int)watch.ElapsedMilliseconds);
        }
        catch (HttpRequestException e)
        {
            return (false, "error", e.Message, (int)watch.ElapsedMilliseconds);
        }
    }

    /// <summary>The wait before the next attempt: the channel's delay, doubled after each further failure, at most six hours.</summary>
    public static TimeSpan RetryAfter(TimeSpan first, int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, TimeSpan.FromHours(6).Ticks));
    }

    static void Finish(DeliveryRecord delivery, DeliveryState state, DateTime now, string? error)
    {
        delivery.State = state;
        delivery.DoneUtc = now;
        if (error is not null) delivery.LastError = error;
        (delivery.ClaimedBy, delivery.ClaimedUntilUtc) = (null, null);
    }

    static string Append(string responses, string response)
    {
        var all = responses.Length == 0 ? response : responses + " " + response;
        return all.Length <= 1000 ? all : all[^1000..];
    }
}

/// <summary>Wakes the worker when the change log has news, so a publish goes out within a second.</summary>
sealed class DeliveryWake(DeliveryWorker worker) : IChangeHandler
{
    public Task ApplyAsync(IReadOnlyList<ChangeRecord> changes, CancellationToken ct)
    {
        worker.Wake();
        return Task.CompletedTask;
    }

    public Task ResetAsync(CancellationToken ct) => Task.CompletedTask;
}
