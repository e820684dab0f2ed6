namespace CampaignSite.Media;

/// <summary>CampaignSite:Media: the media library's limits and the image pipeline.</summary>
public sealed class MediaOptions
{
    public const string Section = "CampaignSite:Media";

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (width × height), read from the header before decoding.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Largest width or height a processing URL may ask for.</summary>
    public int MaxDimension { get; set; } = 4000;

    /// <summary>Where the originals live: Folder (DataPath/media) or S3 (CampaignSite:Media:S3).</summary>
    public string Storage { get; set; } = "Folder";

    public Storage.S3Options S3 { get; set; } = new();

    /// <summary>Key for signed image URLs; generated once into the database when empty, the same on every node.</summary>
    public string? HmacKey { get; set; }

    /// <summary>"on", or "off" to serve originals only (as when libvips is missing).</summary>
    public string Pipeline { get; set; } = "on";

    /// <summary>Bytes of processed variants kept on disk (DataPath/cache/images); least recently used go first.</summary>
    public long CacheMaxBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Variants processed at the same time; more requests wait, which bounds memory.</summary>
    public int MaxConcurrentProcessing { get; set; } = Environment.ProcessorCount;
}
