namespace CampaignSite.Media.Imaging;

/// <summary>
/// A libvips image (a reference to a lazy pipeline: pixels are computed when saved). Owns one
/// GObject reference, released on Dispose. The methods are the few operations the site uses.
/// </summary>
sealed class VipsImage : IDisposable
{
    public nint Handle { get; private set; }

    internal VipsImage(nint handle) => Handle = handle;

    public int Width => Vips.vips_image_get_width(Handle);
    public int Height => Vips.vips_image_get_height(Handle);
    public int Bands => Vips.vips_image_get_bands(Handle);
    public bool HasAlpha => Vips.vips_image_hasalpha(Handle) != 0;

    /// <summary>EXIF orientation 1-8 (1 when absent).</summary>
    public int Orientation => Vips.vips_image_get_typeof(Handle, "orientation") != 0 && Vips.vips_image_get_int(Handle, "orientation", out var o) == 0 && o is >= 1 and <= 8 ? o : 1;

    /// <summary>Width and height as shown, after the EXIF orientation is applied (5-8 turn the image a quarter).</summary>
    public (int Width, int Height) DisplaySize => Orientation >= 5 ? (Height, Width) : (Width, Height);

    /// <summary>The loader libvips picks for these bytes by their content ("jpegload_buffer"...), or null.</summary>
    public static string? FindLoader(byte[] data)
    {
        var type = Vips.Utf8(Vips.vips_foreign_find_load_buffer(data, (nuint)data.Length)); // a class name: VipsForeignLoadJpegBuffer
        if (type is null) Vips.vips_error_clear();
        return type is null ? null : Vips.Utf8(Vips.vips_nickname_find(Vips.g_type_from_name(type)));
    }

    /// <summary>Opens an image from memory. Only the header is read now; fail_on decides which decode problems are errors.</summary>
    public static VipsImage Load(string loader, byte[] data, string failOn = "error")
    {
        using var op = VipsOperation.Call(loader, ("buffer", data), ("fail_on", failOn));
        return op.Image();
    }

    /// <summary>
    /// Shrinks a file into a box (the image fits inside width × height, keeping its shape) with
    /// shrink-on-load, as vipsthumbnail does; "force" stretches to the box. Applies EXIF orientation.
    /// </summary>
    public static VipsImage Thumbnail(string file, int width, int height, string size = "both")
    {
        using var op = VipsOperation.Call("thumbnail", ("filename", file), ("width", width), ("height", height), ("size", size));
        return op.Image();
    }

    public VipsImage Autorotate() => Unary("autorot");

    public VipsImage Crop(int left, int top, int width, int height)
    {
        using var op = VipsOperation.Call("extract_area", ("input", this), ("left", left), ("top", top), ("width", width), ("height", height));
        return op.Image();
    }

    /// <summary>Places the image at x,y on a width × height canvas of the background colour.</summary>
    public VipsImage Embed(int x, int y, int width, int height, double[] background) =>
        Unary("embed", ("x", x), ("y", y), ("width", width), ("height", height), ("extend", "background"), ("background", background));

    /// <summary>Drops the alpha channel onto a background colour (JPEG has no transparency).</summary>
    public VipsImage Flatten(double[] background) => Unary("flatten", ("background", background));

    /// <summary>The mean of every pixel of every band, or of one band.</summary>
    public double Average(int? band = null)
    {
        using var source = band is { } b ? Unary("extract_band", ("band", b)) : null;
        using var op = VipsOperation.Call("avg", ("in", source ?? this));
        return op.Double("out");
    }

    /// <summary>Encodes to jpeg, png, webp or avif, without metadata (EXIF, GPS, XMP, comments).</summary>
    public byte[] Save(ImageFormat format, int quality)
    {
        using var op = format switch
        {
            ImageFormat.Jpeg => VipsOperation.Call("jpegsave_buffer", ("in", this), ("Q", quality), ("strip", true)),
            ImageFormat.Png => VipsOperation.Call("pngsave_buffer", ("in", this), ("strip", true)),
            ImageFormat.WebP => VipsOperation.Call("webpsave_buffer", ("in", this), ("Q", quality), ("strip", true)),
            ImageFormat.Avif => VipsOperation.Call("heifsave_buffer", ("in", this), ("Q", quality), ("strip", true), ("compression", "av1"), ("effort", 2)),
            ImageFormat.Gif => VipsOperation.Call("gifsave_buffer", ("in", this), ("strip", true)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        return op.Bytes();
    }

    VipsImage Unary(string name, params (string, object?)[] arguments)
    {
        using var op = VipsOperation.Call(name, [("in", this), .. arguments]);
        return op.Image();
    }

    public void Dispose()
    {
        if (Handle == 0) return;
        Vips.g_object_unref(Handle);
        Handle = 0;
    }
}
