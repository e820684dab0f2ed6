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
        if (await db.Leases.AnyAsync(l => l.Name == name, ct)) return false;
        try
        {
            db.Leases.Add(new LeaseRecord { Name = name, Holder = holder, ExpiresUtc = expires });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node inserted it first
        }
        finally { db.ChangeTracker.Clear(); }
    }

    public static Task ReleaseAsync(CampaignDbContext db, string name, string holder, CancellationToken ct) =>
        db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(ct);
}
