using NetVips;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// The few libvips operations the site uses, over a NetVips image (a lazy pipeline: pixels are
/// computed when saved). libvips' own error text comes back as <see cref="VipsException"/>.
/// </summary>
sealed class VipsImage(Image image) : IDisposable
{
    internal Image Image { get; } = image;

    public int Width => Image.Width;
    public int Height => Image.Height;
    public bool HasAlpha => Image.HasAlpha();

    /// <summary>Whether the image carries a metadata field ("exif-data", "exif-ifd3-GPSLatitude"...).</summary>
    public bool Has(string field) => Image.GetTypeOf(field) != IntPtr.Zero;

    /// <summary>EXIF orientation 1-8 (1 when absent).</summary>
    public int Orientation => Has("orientation") && Image.Get("orientation") is int o && o is >= 1 and <= 8 ? o : 1;

    /// <summary>Width and height as shown, after the EXIF orientation is applied (5-8 turn the image a quarter).</summary>
    public (int Width, int Height) DisplaySize => Orientation >= 5 ? (Height, Width) : (Width, Height);

    /// <summary>The loader libvips picks for these bytes by their content ("jpegload_buffer"...), or null.</summary>
    public static string? FindLoader(byte[] data) =>
        Image.FindLoadBuffer(data) is { } type ? NetVips.NetVips.NicknameFind(NetVips.NetVips.TypeFromName(type)) : null;

    /// <summary>Opens an image from memory with the named loader. Only the header is read now; fail_on decides which decode problems are errors.</summary>
    public static VipsImage Load(string loader, byte[] data, Enums.FailOn failOn = Enums.FailOn.Error) =>
        Call(() => (Image)Operation.Call(loader, new VOption { { "fail_on", failOn } }, data));

    /// <summary>Opens a file; only its header is read now.</summary>
    public static VipsImage Open(string file) => Call(() => Image.NewFromFile(file));

    /// <summary>
    /// Shrinks a file into a box (the image fits inside width × height, keeping its shape) with
    /// shrink-on-load, as vipsthumbnail does; "force" stretches to the box. Applies EXIF orientation.
    /// </summary>
    public static VipsImage Thumbnail(string file, int width, int height, string size = "both") =>
        Call(() => Image.Thumbnail(file, width, height, size == "force" ? Enums.Size.Force : Enums.Size.Both));

    public VipsImage Autorotate() => Call(() => Image.Autorot());

    public VipsImage Crop(int left, int top, int width, int height) => Call(() => Image.ExtractArea(left, top, width, height));

    /// <summary>Places the image at x,y on a width × height canvas of the background colour.</summary>
    public VipsImage Embed(int x, int y, int width, int height, double[] background) =>
        Call(() => Image.Embed(x, y, width, height, Enums.Extend.Background, background));

    /// <summary>Drops the alpha channel onto a background colour (JPEG has no transparency).</summary>
    public VipsImage Flatten(double[] background) => Call(() => Image.Flatten(background));

    /// <summary>The mean of every pixel of every band, or of one band.</summary>
    public double Average(int? band = null)
    {
        try
        {
            if (band is not { } b) return Image.Avg();
            using var one = Image.ExtractBand(b);
            return one.Avg();
        }
        catch (NetVips.VipsException e) { throw new VipsException(e.Message.Trim()); }
    }

    /// <summary>Encodes to jpeg, png, webp or avif, keeping no metadata (EXIF, GPS, XMP, comments).</summary>
    public byte[] Save(ImageFormat format, int quality)
    {
        const Enums.ForeignKeep none = Enums.ForeignKeep.None;
        try
        {
            return format switch
            {
                ImageFormat.Jpeg => Image.JpegsaveBuffer(q: quality, keep: none),
                ImageFormat.Png => Image.PngsaveBuffer(keep: none),
                ImageFormat.WebP => Image.WebpsaveBuffer(q: quality, keep: none),
                ImageFormat.Avif => Image.HeifsaveBuffer(q: quality, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: none),
                ImageFormat.Gif => Image.GifsaveBuffer(keep: none),
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            };
        }
        catch (NetVips.VipsException e) { throw new VipsException(e.Message.Trim()); }
    }

    static VipsImage Call(Func<Image> operation)
    {
        try { return new VipsImage(operation()); }
        catch (NetVips.VipsException e) { throw new VipsException(e.Message.Trim()); }
    }

    public void Dispose() => Image.Dispose();
}
