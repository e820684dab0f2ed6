using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Data;

/// <summary>
/// A database lease, so that work meant for one node runs on one: a node takes the lease when it
/// is free or expired, and keeps it by renewing before it expires. The take is one conditional
/// UPDATE (or the INSERT of the first holder), which the database serialises.
/// </summary>
public static class Lease
{
    public static async Task<bool> TryTakeAsync(CampaignDbContext db, string name, string holder, TimeSpan length, DateTime now, CancellationToken ct)
    {
        var expires = now + length;
        var taken = await db.Leases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresUtc, expires), ct);
        if (taken == 1) return true;
        // The first holder: when several nodes start together, one insert wins and the others insert nothing.
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO leases (\"Name\", \"Holder\", \"ExpiresUtc\") VALUES ({name}, {holder}, {expires}) ON CONFLICT DO NOTHING", ct) == 1;
    }

    public static Task ReleaseAsync(CampaignDbContext db, string name, string holder, CancellationToken ct) =>
        db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(ct);
}
