using CampaignSite.Data;

namespace CampaignSite.Content.Partners;

/// <summary>
/// Partner keys as the site keeps them: made at random, stored only as their SHA-256 (a key is
/// long and random, so a fast hash is enough), told apart by their first characters.
/// </summary>
public static class PartnerKeys
{
    public const string Prefix = "csk_";
    public const int PartnerLength = 80;

    public static string New() => Prefix + Tokens.New();

    public static string Hash(string key) => Tokens.Hash(key);

    /// <summary>The first eight characters; a short key (from configuration) shows at most a third of itself.</summary>
    public static string Hint(string key) => key[..Math.Min(8, key.Length / 3)];

    /// <summary>Why the key no longer works, in a word (revoked, expired); null while it does.</summary>
    public static string? Ended(PartnerKeyRecord key, DateTime nowUtc) =>
        key.RevokedUtc is not null ? "revoked" : key.ExpiresUtc <= nowUtc ? "expired" : null;
}
