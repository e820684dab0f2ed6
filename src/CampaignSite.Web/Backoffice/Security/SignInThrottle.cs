using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// Wrong passwords slow down whoever sends them instead of locking the account: after
/// MaxFailedSignIns wrong passwords in a row for one e-mail (or MaxFailedSignInsPerAddress from one
/// client address) the next try waits 2 seconds, then 4, 8… up to LockoutDuration, the longest block.
/// A stranger can delay an account's sign-in by at most that long per wrong guess, never lock it.
/// The counts are rows in the database (<see cref="SignInFailureRecord"/>), so every node sees the
/// same ones: a guesser gets no more tries behind a balancer of several nodes, a restart forgets
/// nothing, and an administrator's unlock holds everywhere. A row is forgotten a quiet
/// LockoutDuration after its wait ends, and forgotten rows are deleted as failures come in, so a
/// flood of made-up addresses and e-mails leaves no more rows than it can send in that time.
/// </summary>
public sealed class SignInThrottle(CampaignDbContext db, IOptions<BackofficeOptions> options, TimeProvider clock)
{
    /// <summary>How long until this address and this e-mail may try again; zero when they may now.</summary>
    public async Task<TimeSpan> WaitAsync(string address, string email, CancellationToken ct = default)
    {
        var (byAddress, byAccount) = (AddressKey(address), AccountKey(email));
        var rows = await db.SignInFailures.AsNoTracking().Where(f => f.Key == byAddress || f.Key == byAccount).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var until = rows.Select(r => Until(r, r.Key == byAddress ? options.Value.MaxFailedSignInsPerAddress : options.Value.MaxFailedSignIns, now))
            .DefaultIfEmpty(DateTime.MinValue).Max();
        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Counts a wrong password against the address and the e-mail; returns how long the next try must wait.</summary>
    public async Task<TimeSpan> FailAsync(string address, string email, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SignInFailures.Where(f => f.ForgetUtc < now).ExecuteDeleteAsync(ct);
        await CountAsync(AddressKey(address), options.Value.MaxFailedSignInsPerAddress, now, ct);
        await CountAsync(AccountKey(email), options.Value.MaxFailedSignIns, now, ct);
        return await WaitAsync(address, email, ct);
    }

    /// <summary>A right password clears the e-mail's count (not the address's: one known account must not buy guesses at others).</summary>
    public Task SucceedAsync(string email, CancellationToken ct = default) => ForgetAsync(email, ct);

    /// <summary>An administrator's unlock: the account may sign in again at once, on every node.</summary>
    public Task ForgetAsync(string email, CancellationToken ct = default)
    {
        var key = AccountKey(email);
        return db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>Until when this e-mail waits, for the accounts page; null when it does not.</summary>
    public async Task<DateTime?> AccountBlockedUntilAsync(string email, CancellationToken ct = default)
    {
        var key = AccountKey(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.SignInFailures.AsNoTracking().FirstOrDefaultAsync(f => f.Key == key, ct);
        return row is not null && Until(row, options.Value.MaxFailedSignIns, now) is var until && until > now ? until : null;
    }

    /// <summary>One more failure, counted by the database itself (one upsert) so that two nodes counting at once both count.</summary>
    async Task CountAsync(string key, int allowed, DateTime now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO sign_in_failures (\"Key\", \"Count\", \"LastUtc\", \"ForgetUtc\") VALUES ({key}, 1, {now}, {now + options.Value.LockoutDuration}) ON CONFLICT (\"Key\") DO UPDATE SET \"Count\" = sign_in_failures.\"Count\" + 1, \"LastUtc\" = excluded.\"LastUtc\"", ct);
        var count = await db.SignInFailures.Where(f => f.Key == key).Select(f => f.Count).FirstAsync(ct);
        var forget = now + Delay(count, allowed) + options.Value.LockoutDuration;
        await db.SignInFailures.Where(f => f.Key == key).ExecuteUpdateAsync(u => u.SetProperty(f => f.ForgetUtc, forget), ct);
    }

    /// <summary>When the row's wait ends; a forgotten row holds nothing.</summary>
    DateTime Until(SignInFailureRecord row, int allowed, DateTime now) =>
        row.ForgetUtc < now ? DateTime.MinValue : row.LastUtc + Delay(row.Count, allowed);

    /// <summary>No wait within the allowance, then 2^(failures beyond it) seconds, capped at LockoutDuration.</summary>
    TimeSpan Delay(int count, int allowed)
    {
        if (count < allowed) return TimeSpan.Zero;
        var exponent = Math.Min(count - allowed + 1, 30);
        var delay = TimeSpan.FromSeconds(Math.Pow(2, exponent));
        return delay < options.Value.LockoutDuration ? delay : options.Value.LockoutDuration;
    }

    static string AddressKey(string address) => Cut("address:" + address);
    static string AccountKey(string email) => Cut("account:" + email.Trim().ToUpperInvariant());
    static string Cut(string key) => key.Length <= SignInFailureRecord.KeyLength ? key : key[..SignInFailureRecord.KeyLength];
}
