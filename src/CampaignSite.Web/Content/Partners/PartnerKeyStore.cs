using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Partners;

/// <summary>Partner keys in the database: found by hash on every API request (so a revoke counts on every node at once), made, revoked, listed.</summary>
public sealed class PartnerKeyStore(CampaignDbContext db, TimeProvider clock)
{
    public Task<PartnerKeyRecord?> FindAsync(string key, CancellationToken ct)
    {
        var hash = PartnerKeys.Hash(key);
        return db.PartnerKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, ct);
    }

    /// <summary>A new random key for a partner; the key is returned once and only its hash is stored.</summary>
    public async Task<(string Key, PartnerKeyRecord Record)> CreateAsync(string partner, string scopes, int requestsPerMinute, DateTime? expiresUtc, string createdBy, CancellationToken ct)
    {
        var key = PartnerKeys.New();
        var record = new PartnerKeyRecord
        {
            Partner = partner, KeyHash = PartnerKeys.Hash(key), KeyHint = PartnerKeys.Hint(key), Scopes = scopes,
            RequestsPerMinute = requestsPerMinute, ExpiresUtc = expiresUtc, CreatedUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = createdBy,
        };
        db.PartnerKeys.Add(record);
        await db.SaveChangesAsync(ct);
        return (key, record);
    }

    /// <summary>Marks the key revoked (once: a second revoke keeps the first time); null when there is no such key.</summary>
    public async Task<PartnerKeyRecord?> RevokeAsync(int id, CancellationToken ct)
    {
        var record = await db.PartnerKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (record is null) return null;
        record.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return record;
    }

    public Task<List<PartnerKeyRecord>> ListAsync(CancellationToken ct) =>
        db.PartnerKeys.AsNoTracking().OrderBy(k => k.Partner).ThenBy(k => k.Id).ToListAsync(ct);

    /// <summary>Every key's use on the last days (China time), newest day first.</summary>
    public Task<List<PartnerUsageRecord>> UsageAsync(int days, CancellationToken ct)
    {
        var from = PartnerUsage.Today(clock).AddDays(1 - days);
        return db.PartnerUsage.AsNoTracking().Where(u => u.Day >= from).OrderByDescending(u => u.Day).ThenBy(u => u.KeyId).ToListAsync(ct);
    }
}
