using System.Security.Cryptography;
using System.Text;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// HMAC-SHA256 signatures of processing URLs: over the media path and the normalized commands,
/// so only URLs the site wrote are processed. 128 bits of the MAC, base64url.
/// </summary>
public sealed class ImageSigner(byte[] key)
{
    public string Sign(string mediaPath, ImageCommands commands)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(mediaPath + "?" + commands.Normalized));
        return System.Buffers.Text.Base64Url.EncodeToString(mac.AsSpan(0, 16));
    }

    public bool Verify(string mediaPath, ImageCommands commands, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(mediaPath, commands)), Encoding.ASCII.GetBytes(signature));

    /// <summary>The configured key, or one generated into the data folder on first start and read back afterwards.</summary>
    public static byte[] LoadKey(string? configured, string dataPath)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Encoding.UTF8.GetBytes(configured);
        var file = Path.Combine(dataPath, "media-hmac.key");
        if (!File.Exists(file))
        {
            var temp = file + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try { File.Move(temp, file, overwrite: false); }
            catch (IOException) { File.Delete(temp); } // another process wrote it first: use theirs
        }
        return Encoding.UTF8.GetBytes(File.ReadAllText(file).Trim());
    }

}
