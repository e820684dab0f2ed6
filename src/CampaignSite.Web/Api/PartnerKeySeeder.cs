using CampaignSite.Content.Partners;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Api;

/// <summary>
/// At start, after the migration: the keys of CampaignSite:Partners and CampaignSite:Api:PreviewKey
/// are in partner_keys as configured (configuration wins: its scopes and quota, no expiry, not
/// revoked), and keys that came from configuration and are no longer in it are revoked, so a key
/// taken out of the settings stops working once the site restarts with them.
/// </summary>
sealed class PartnerKeySeeder(IServiceProvider services, IOptions<PartnerSettings> partners, IOptions<ApiOptions> api, TimeProvider clock) : IHostedService
{
    sealed record Configured(string Partner, string Hint, string Scopes, int RequestsPerMinute);

    public async Task StartAsync(CancellationToken ct)
    {
        var configured = Read();
        try { await SeedAsync(configured, ct); }
        // Nodes starting together may insert the same key at once; the second try finds it in place.
        catch (DbUpdateException) { await SeedAsync(configured, ct); }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The configured keys by hash; a partner of CampaignSite:Partners with the preview key's key takes its place.</summary>
    Dictionary<string, Configured> Read()
    {
        var keys = new Dictionary<string, Configured>();
        if (api.Value.PreviewKey is { } preview && !string.IsNullOrWhiteSpace(preview))
            keys[PartnerKeys.Hash(preview)] = new(ApiOptions.PreviewPartner, PartnerKeys.Hint(preview),
                $"{PartnerScopes.Read} {PartnerScopes.Preview}", PartnerScopes.DefaultRequestsPerMinute);
        foreach (var (name, partner) in partners.Value)
        {
            var scopes = PartnerScopes.Normalize([partner.Scopes]).Scopes;
            keys[PartnerKeys.Hash(partner.Key!)] = new(name, PartnerKeys.Hint(partner.Key!), scopes.Length > 0 ? scopes : PartnerScopes.Read, partner.RequestsPerMinute);
        }
        return keys;
    }

    async Task SeedAsync(Dictionary<string, Configured> configured, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // A site has a handful of partners: all their rows at once is one small read.
        var rows = await db.PartnerKeys.ToDictionaryAsync(k => k.KeyHash, ct);
        foreach (var gone in rows.Values.Where(r => r.FromConfiguration && r.RevokedUtc is null && !configured.ContainsKey(r.KeyHash)))
            gone.RevokedUtc = now;
        foreach (var (hash, key) in configured)
        {
            if (!rows.TryGetValue(hash, out var row))
            {
                row = new PartnerKeyRecord { Partner = key.Partner, KeyHash = hash, KeyHint = key.Hint, Scopes = key.Scopes, CreatedUtc = now, CreatedBy = "configuration" };
                db.PartnerKeys.Add(row);
            }
            (row.Partner, row.Scopes, row.RequestsPerMinute, row.ExpiresUtc, row.RevokedUtc, row.FromConfiguration) =
                (key.Partner, key.Scopes, key.RequestsPerMinute, null, null, true);
        }
        await db.SaveChangesAsync(ct);
    }
}
