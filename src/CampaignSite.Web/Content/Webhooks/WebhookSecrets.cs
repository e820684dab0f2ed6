using System.Security.Cryptography;
using System.Text;

namespace CampaignSite.Content.Webhooks;

/// <summary>
/// Signing as the Standard Webhooks specification says: HMAC-SHA256 of "id.timestamp.body", base64, sent as
/// "v1,&lt;signature&gt;". A secret that starts with whsec_ is base64 after the prefix; any other is its UTF-8 bytes.
/// </summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    /// <summary>A new secret in the specification's form: 24 random bytes.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public static string? Problem(string secret)
    {
        if (secret.Length > 200) return "a secret has at most 200 characters.";
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return secret.Length >= 16 ? null : "a secret has at least 16 characters.";
        try { return Convert.FromBase64String(secret[Prefix.Length..]).Length >= 16 ? null : "a whsec_ secret holds at least 16 bytes."; }
        catch (FormatException) { return "after whsec_ a secret is base64."; }
    }

    public static byte[] Key(string secret) => secret.StartsWith(Prefix, StringComparison.Ordinal)
        ? Convert.FromBase64String(secret[Prefix.Length..])
        : Encoding.UTF8.GetBytes(secret);

    /// <summary>The webhook-signature header's value for one attempt.</summary>
    public static string Signature(string secret, string messageId, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(Key(secret), Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}")));
}
