using CampaignSite.Media.Imaging;

namespace CampaignSite.Tests.Media;

/// <summary>Images drawn with libvips itself: solid colours, with an optional block of another colour.</summary>
static class TestImages
{
    public static void Start() => Assert.True(VipsLibrary.TryStart(out var reason), reason);

    internal static VipsImage Solid(int width, int height, double[] rgb)
    {
        using var black = NetVips.Image.Black(width, height, bands: 3);
        using var coloured = black.Linear([1, 1, 1], rgb);
        return new VipsImage(coloured.Cast(NetVips.Enums.BandFormat.Uchar));
    }

    /// <summary>A width × height image of one colour with a block of another at x,y.</summary>
    public static byte[] WithBlock(int width, int height, double[] background, (int X, int Y, int W, int H) block, double[] colour, ImageFormat format = ImageFormat.Png)
    {
        using var main = Solid(width, height, background);
        using var sub = Solid(block.W, block.H, colour);
        using var image = new VipsImage(main.Image.Insert(sub.Image, block.X, block.Y));
        return image.Save(format, 90);
    }

    public static byte[] Plain(int width, int height, ImageFormat format = ImageFormat.Jpeg, double[]? rgb = null)
    {
        using var image = Solid(width, height, rgb ?? [200, 120, 40]);
        return image.Save(format, 90);
    }

    internal static VipsImage Open(byte[] data) => VipsImage.Load(VipsImage.FindLoader(data)!, data);


    /// <summary>The mean red, green and blue of a region.</summary>
    internal static double[] Colour(VipsImage image, int left, int top, int width, int height)
    {
        using var region = image.Crop(left, top, width, height);
        return [region.Average(0), region.Average(1), region.Average(2)];
    }
}
