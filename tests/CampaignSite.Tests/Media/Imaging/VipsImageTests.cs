using CampaignSite.Media;
using CampaignSite.Media.Imaging;

namespace CampaignSite.Tests.Media.Imaging;

public class VipsImageTests
{
    public VipsImageTests() => TestImages.Start();

    [Theory]
    [InlineData(ImageFormat.Jpeg, "image/jpeg")]
    [InlineData(ImageFormat.Png, "image/png")]
    [InlineData(ImageFormat.WebP, "image/webp")]
    [InlineData(ImageFormat.Avif, "image/avif")]
    public void Save_WritesTheFormatAskedFor(ImageFormat format, string contentType)
    {
        var bytes = TestImages.Plain(64, 48, format);
        Assert.Equal(contentType, MediaTypes.Sniff(bytes));
        using var image = TestImages.Open(bytes);
        Assert.Equal((64, 48), (image.Width, image.Height));
    }

    [Fact]
    public void Load_GarbageFails_WithLibvipsErrorText()
    {
        var e = Assert.Throws<VipsException>(() => VipsImage.Load("jpegload_buffer", "not a jpeg at all"u8.ToArray()));
        Assert.StartsWith("unable to call jpegload_buffer\n", e.Message);
        Assert.True(e.Message.Split('\n')[1].Length > 0, e.Message); // libvips' own reason follows
    }

    [Fact]
    public void AnUnknownLoader_OrAFileThatIsNoImage_Throws()
    {
        Assert.Throws<VipsException>(() => VipsImage.Load("no_such_loader", TestImages.Plain(4, 4)));
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "plain text");
            Assert.Throws<VipsException>(() => ImageProcessor.DisplaySize(file, 1_000_000));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void TheBundledLibvips_IsTheOneInUse()
    {
        // The machine's own libvips (Debian's 8.14, when installed) is never the one mapped.
        Assert.StartsWith("8.18.", VipsLibrary.Version);
    }

    [Fact]
    public void Crop_TakesTheRegionAsked()
    {
        var bytes = TestImages.WithBlock(100, 80, [0, 0, 255], (60, 10, 30, 20), [255, 0, 0]);
        using var image = TestImages.Open(bytes);
        using var crop = image.Crop(60, 10, 30, 20);
        Assert.Equal((30, 20), (crop.Width, crop.Height));
        Assert.Equal([255, 0, 0], TestImages.Colour(crop, 0, 0, 30, 20));
        Assert.Equal([0, 0, 255], TestImages.Colour(image, 0, 0, 50, 80));
    }

    [Fact]
    public void Embed_PadsWithTheBackground()
    {
        using var image = TestImages.Solid(10, 10, [255, 0, 0]);
        using var padded = image.Embed(5, 0, 20, 10, [0, 255, 0]);
        Assert.Equal((20, 10), (padded.Width, padded.Height));
        Assert.Equal([0, 255, 0], TestImages.Colour(padded, 0, 0, 5, 10));
        Assert.Equal([255, 0, 0], TestImages.Colour(padded, 5, 0, 10, 10));
    }

    [Fact]
    public void Thumbnail_FitsTheBoxAndStretches()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, TestImages.Plain(400, 200));
            using (var fit = VipsImage.Thumbnail(file, 100, 100)) Assert.Equal((100, 50), (fit.Width, fit.Height));
            using (var forced = VipsImage.Thumbnail(file, 100, 100, "force")) Assert.Equal((100, 100), (forced.Width, forced.Height));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void ManyCalls_DoNotLeakErrorsIntoLaterCalls()
    {
        for (var i = 0; i < 200; i++)
        {
            using var image = TestImages.Solid(8, 8, [i % 256, 0, 0]);
            Assert.Equal(i % 256, image.Average(0), 3);
        }
    }
}
