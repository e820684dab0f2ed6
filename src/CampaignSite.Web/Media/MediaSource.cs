namespace CampaignSite.Media;

/// <summary>What serving and processing need of one library file, kept in memory by <see cref="MediaCatalog"/>; its bytes are in the media store.</summary>
public sealed record MediaSource(string Path, string ContentType, string Sha256, double FocalX, double FocalY, int? Width, int? Height)
{
    /// <summary>Short version for v= in URLs: changes when the file or its focal point changes.</summary>
    public string Version { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{Sha256}|{FocalX:R},{FocalY:R}")))[..8];

    public Imaging.ImageFormat? Format => Imaging.ImageFormats.FromContentType(ContentType);

    /// <summary>The name the store keeps it under.</summary>
    public string Name => MediaPath.FileName(Path);
}
