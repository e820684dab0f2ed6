using System.Globalization;
using CampaignSite.Media.Imaging;

namespace CampaignSite.Media;

/// <summary>
/// The URLs the site writes for library images: presets (unsigned) and signed sizes, each with
/// v= the source's version so they can be cached for a year. Site-relative; prefix an origin for feeds.
/// </summary>
public sealed class MediaUrls(MediaCatalog catalog, ImageSigner signer, ImagePipeline pipeline)
{
    public bool Processing => pipeline.Available;

    public ValueTask<MediaSource?> FindAsync(string mediaPath, CancellationToken ct = default) => catalog.FindAsync(mediaPath, ct);

    /// <summary>/media/x.jpg?preset=cover-1-1&amp;v=…; the original when the path is not an image of the library.</summary>
    public async Task<string> PresetAsync(string mediaPath, string preset, CancellationToken ct = default)
    {
        if (await catalog.FindAsync(mediaPath, ct) is not { Format: not null } source) return "/" + mediaPath;
        return $"/{mediaPath}?preset={preset}&v={source.Version}";
    }

    /// <summary>A signed URL of the image cropped (around its focal point) to width × height, in a format.</summary>
    public string Sized(MediaSource source, int width, int height, ImageFormat format)
    {
        var commands = new ImageCommands { Width = width, Height = height, Mode = ResizeMode.Crop, Format = format };
        return $"/{source.Path}?{commands.Normalized}&v={source.Version}&hmac={signer.Sign(source.Path, commands)}";
    }

    /// <summary>A srcset of crops of one shape, at the given widths.</summary>
    public string SrcSet(MediaSource source, IEnumerable<int> widths, double aspect, ImageFormat format) =>
        string.Join(", ", widths.Select(w => Sized(source, w, (int)Math.Round(w / aspect), format) + " " + w.ToString(CultureInfo.InvariantCulture) + "w"));
}
