namespace CampaignSite.Media.Imaging;

/// <summary>Turns an original file and its commands into the bytes of a variant, with libvips.</summary>
public static class ImageProcessor
{
    const int Unbounded = 10_000_000; // libvips' VIPS_MAX_COORD: "constrain by the other side only"

    public sealed record Result(byte[] Bytes, ImageFormat Format);

    /// <summary>
    /// Applies commands (presets already expanded, Focal filled from the stored focal point when
    /// not asked) to a file. Scaling uses libvips' thumbnail, which shrinks on load as vipsthumbnail does.
    /// </summary>
    /// <param name="knownSize">The displayed size the library stored (measured within the pixel limit); read from the header when unknown.</param>
    public static Result Process(string file, ImageFormat sourceFormat, ImageCommands c, long maxPixels, (int Width, int Height)? knownSize = null)
    {
        var (w, h) = knownSize ?? DisplaySize(file, maxPixels);
        var format = c.Format ?? (sourceFormat == ImageFormat.Gif ? ImageFormat.Png : sourceFormat);
        var quality = c.Quality ?? format switch { ImageFormat.Avif => 50, ImageFormat.WebP => 75, _ => 80 };
        var background = c.Background is { } b ? new double[] { b.R, b.G, b.B } : [255, 255, 255];

        var (boxW, boxH) = (c.Width, c.Height) switch
        {
            ({ } bw, { } bh) => (bw, bh),
            ({ } bw, null) => (bw, Math.Max(1, (int)Math.Round((double)h * bw / w))),
            (null, { } bh) => (Math.Max(1, (int)Math.Round((double)w * bh / h)), bh),
            _ => (w, h),
        };
        var mode = c.Width is null || c.Height is null ? ResizeMode.Max : c.Mode;
        double fitScale = Math.Min((double)boxW / w, (double)boxH / h), coverScale = Math.Max((double)boxW / w, (double)boxH / h);

        var image = mode switch
        {
            ResizeMode.Stretch => VipsImage.Thumbnail(file, boxW, boxH, "force"),
            ResizeMode.Crop => Scaled(file, w, h, coverScale, byWidth: (double)boxW / w >= (double)boxH / h),
            ResizeMode.Min => Scaled(file, w, h, Math.Min(coverScale, 1), byWidth: (double)boxW / w >= (double)boxH / h),
            ResizeMode.Pad => Scaled(file, w, h, fitScale, byWidth: (double)boxW / w <= (double)boxH / h),
            _ => Scaled(file, w, h, Math.Min(fitScale, 1), byWidth: (double)boxW / w <= (double)boxH / h),
        };
        try
        {
            if (mode == ResizeMode.Crop) Replace(ref image, CropAt(image, boxW, boxH, c.Focal, c.Anchor));
            if (mode is ResizeMode.Pad or ResizeMode.BoxPad) Replace(ref image, PadTo(image, boxW, boxH, c.Anchor, background));
            if (format == ImageFormat.Jpeg && image.HasAlpha) Replace(ref image, image.Flatten(background));
            return new Result(image.Save(format, quality), format);
        }
        finally { image.Dispose(); }
    }

    /// <summary>Width and height as shown (EXIF orientation applied), from the header only; refuses decompression bombs.</summary>
    public static (int Width, int Height) DisplaySize(string file, long maxPixels)
    {
        if (NetVips.Image.FindLoad(file) is null) throw new VipsException($"{Path.GetFileName(file)} is not an image libvips can read");
        using var header = VipsImage.Open(file);
        if ((long)header.Width * header.Height > maxPixels)
            throw new VipsException($"the image is {header.Width} × {header.Height} pixels, more than the {maxPixels:N0} allowed");
        return header.DisplaySize;
    }

    static VipsImage Scaled(string file, int w, int h, double scale, bool byWidth) => byWidth
        ? VipsImage.Thumbnail(file, Math.Max(1, (int)Math.Round(w * scale)), Unbounded)
        : VipsImage.Thumbnail(file, Unbounded, Math.Max(1, (int)Math.Round(h * scale)));

    /// <summary>A box-sized window of the scaled image, centred on the focal point as far as the edges allow.</summary>
    static VipsImage CropAt(VipsImage image, int boxW, int boxH, (double X, double Y)? focal, (double X, double Y)? anchor)
    {
        int width = Math.Min(boxW, image.Width), height = Math.Min(boxH, image.Height);
        int slackX = image.Width - width, slackY = image.Height - height;
        var (left, top) = focal is { } f
            ? ((int)Math.Round(f.X * image.Width - width / 2.0), (int)Math.Round(f.Y * image.Height - height / 2.0))
            : ((int)Math.Round((anchor?.X ?? 0.5) * slackX), (int)Math.Round((anchor?.Y ?? 0.5) * slackY));
        return image.Crop(Math.Clamp(left, 0, slackX), Math.Clamp(top, 0, slackY), width, height);
    }

    static VipsImage PadTo(VipsImage image, int boxW, int boxH, (double X, double Y)? anchor, double[] background)
    {
        using var fitted = image.Width > boxW || image.Height > boxH ? CropAt(image, boxW, boxH, null, anchor) : null;
        var source = fitted ?? image;
        var (ax, ay) = anchor ?? (0.5, 0.5);
        var colour = source.HasAlpha ? [.. background, 255] : background;
        return source.Embed((int)Math.Round(ax * (boxW - source.Width)), (int)Math.Round(ay * (boxH - source.Height)), boxW, boxH, colour);
    }

    static void Replace(ref VipsImage image, VipsImage next)
    {
        image.Dispose();
        image = next;
    }
}
