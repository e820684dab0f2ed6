using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CampaignSite.Content;

/// <summary>
/// Random tokens a caller holds (partner keys, preview links, hub challenges) and the one hash the site
/// keeps of texts it must recognise but need not read back: lower-case hex SHA-256 of the UTF-8 bytes.
/// </summary>
public static class Tokens
{
    /// <summary>A random token of this many bytes, base64url without padding (safe in paths and queries).</summary>
    public static string New(int bytes = 32) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
