namespace CampaignSite.Media.Imaging;

/// <summary>
/// The checks an uploaded image passes before it is stored, and the copy that is stored: decoded in
/// full and encoded again in its own format, turned upright by its EXIF orientation, without
/// metadata (EXIF, GPS, XMP, comments) and without anything hidden after the image.
/// </summary>
public static class ImageCleaner
{
    public sealed record Cleaned(byte[] Bytes, int Width, int Height);

    /// <summary>The cleaned image, or the sentence that says why the bytes are refused.</summary>
    public static (Cleaned? Image, string? Error) Clean(byte[] data, ImageFormat format, long maxPixels)
    {
        var name = format.Extension().ToUpperInvariant();
        if (VipsImage.FindLoader(data) != format.Loader())
            return (null, $"the file starts like a {name} image but is not one that can be read");
        switch (ImageEnd.Trailing(data, format))
        {
            case null: return (null, $"the {name} image is incomplete (the file is cut short)");
            case > 0 and var extra: return (null, $"the file has {extra:N0} bytes after the end of its {name} image; files that are two formats at once are refused");
        }
        try
        {
            using var header = VipsImage.Load(format.Loader(), data);
            var pixels = (long)header.Width * header.Height;
            if (pixels > maxPixels)
                return (null, $"the image is {header.Width:N0} × {header.Height:N0} pixels ({pixels / 1e6:0.#} megapixels); the largest accepted is {maxPixels / 1e6:0.#} megapixels");
            using var upright = header.Autorotate();
            var bytes = upright.Save(format, format switch { ImageFormat.Avif => 70, ImageFormat.WebP => 90, _ => 92 });
            return (new Cleaned(bytes, upright.Width, upright.Height), null);
        }
        catch (VipsException e)
        {
            return (null, $"the {name} image is damaged or incomplete ({e.Message})");
        }
    }
}
