namespace CampaignSite.Media.Imaging;

/// <summary>The encodings the pipeline writes, with their content types and the names URLs use.</summary>
public enum ImageFormat { Jpeg, Png, WebP, Avif, Gif }

public static class ImageFormats
{
    public static string ContentType(this ImageFormat f) => f switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Avif => "image/avif",
        _ => "image/gif",
    };

    public static string Extension(this ImageFormat f) => f switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        ImageFormat.Avif => "avif",
        _ => "gif",
    };

    /// <summary>The format of a sniffed content type (MediaTypes), or null for PDF and unknown types.</summary>
    public static ImageFormat? FromContentType(string contentType) => contentType switch
    {
        "image/jpeg" => ImageFormat.Jpeg,
        "image/png" => ImageFormat.Png,
        "image/webp" => ImageFormat.WebP,
        "image/avif" => ImageFormat.Avif,
        "image/gif" => ImageFormat.Gif,
        _ => null,
    };

    /// <summary>The libvips loader that must read a sniffed type: bytes that only another loader accepts are not what they claim.</summary>
    public static string Loader(this ImageFormat f) => f switch
    {
        ImageFormat.Jpeg => "jpegload_buffer",
        ImageFormat.Png => "pngload_buffer",
        ImageFormat.WebP => "webpload_buffer",
        ImageFormat.Avif => "heifload_buffer",
        _ => "gifload_buffer",
    };
}
