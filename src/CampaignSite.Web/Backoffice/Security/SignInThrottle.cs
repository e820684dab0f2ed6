using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// Wrong passwords slow down whoever sends them instead of locking the account: after
/// MaxFailedSignIns wrong passwords in a row for one e-mail (or MaxFailedSignInsPerAddress from one
/// client address) the next try waits 2 seconds, then 4, 8… up to LockoutDuration, the longest block.
/// A stranger can delay an account's sign-in by at most that long per wrong guess, never lock it.
/// The counts live in this node's memory (no table to write on every guess): behind a balancer of N
/// nodes a guesser gets up to N times the allowance, and a restart forgets them. The cache is
/// bounded, so a flood of made-up addresses and e-mails cannot grow it without end.
/// </summary>
public sealed class SignInThrottle(IOptions<BackofficeOptions> options, TimeProvider clock) : IDisposable
{
    /// <summary>At most this many addresses and e-mails are remembered; beyond it the cache drops the oldest.</summary>
    const int Remembered = 100_000;

    readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = Remembered });
    readonly Lock gate = new();

    sealed class Failures
    {
        public int Count;
        public DateTimeOffset Last;
    }

    /// <summary>How long until this address and this e-mail may try again; zero when they may now.</summary>
    public TimeSpan Wait(string address, string email)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var byAddress = Until(AddressKey(address), options.Value.MaxFailedSignInsPerAddress) - now;
            var byAccount = Until(AccountKey(email), options.Value.MaxFailedSignIns) - now;
            var wait = byAddress > byAccount ? byAddress : byAccount;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a wrong password against the address and the e-mail; returns how long the next try must wait.</summary>
    public TimeSpan Fail(string address, string email)
    {
        lock (gate)
        {
            Count(AddressKey(address), options.Value.MaxFailedSignInsPerAddress);
            Count(AccountKey(email), options.Value.MaxFailedSignIns);
        }
        return Wait(address, email);
    }

    /// <summary>A right password clears the e-mail's count (not the address's: one known account must not buy guesses at others).</summary>
    public void Succeed(string email) => failures.Remove(AccountKey(email));

    /// <summary>An administrator's unlock: the account may sign in again at once, on this node.</summary>
    public void Forget(string email) => failures.Remove(AccountKey(email));

    /// <summary>Until when this e-mail waits on this node, for the accounts page; null when it does not.</summary>
    public DateTimeOffset? AccountBlockedUntil(string email)
    {
        lock (gate)
        {
            var until = Until(AccountKey(email), options.Value.MaxFailedSignIns);
            return until > clock.GetUtcNow() ? until : null;
        }
    }

    void Count(string key, int allowed)
    {
        var entry = failures.Get<Failures>(key) ?? new Failures();
        entry.Count++;
        entry.Last = clock.GetUtcNow();
        // Forgotten after a quiet LockoutDuration past the wait, so a later mistake starts from the beginning.
        failures.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = entry.Last + Delay(entry.Count, allowed) + options.Value.LockoutDuration });
    }

    DateTimeOffset Until(string key, int allowed) =>
        failures.Get<Failures>(key) is { } entry ? entry.Last + Delay(entry.Count, allowed) : DateTimeOffset.MinValue;

    /// <summary>No wait within the allowance, then 2^(failures beyond it) seconds, capped at LockoutDuration.</summary>
    TimeSpan Delay(int count, int allowed)
    {
        if (count < allowed) return TimeSpan.Zero;
        var exponent = Math.Min(count - allowed + 1, 30);
        var delay = TimeSpan.FromSeconds(Math.Pow(2, exponent));
        return delay < options.Value.LockoutDuration ? delay : options.Value.LockoutDuration;
    }

    static string AddressKey(string address) => "address:" + address;
    static string AccountKey(string email) => "account:" + email.Trim().ToUpperInvariant();

    public void Dispose() => failures.Dispose();
}
