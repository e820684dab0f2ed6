using CampaignSite.Media;
using CampaignSite.Media.Imaging;

namespace CampaignSite.Tests.Media.Imaging;

public class ImageCleanerTests
{
    public ImageCleanerTests() => TestImages.Start();

    static string Refused(byte[] bytes, ImageFormat format, long maxPixels = 40_000_000)
    {
        var (image, error) = ImageCleaner.Clean(bytes, format, maxPixels);
        Assert.Null(image);
        return error!;
    }

    [Fact]
    public void ExifAndGps_AreStripped_AndOrientationApplied()
    {
        var original = CraftedFiles.WithExif(TestImages.Plain(40, 20), orientation: 6);
        using (var before = TestImages.Open(original))
        {
            Assert.True(before.Has("exif-ifd3-GPSLatitude")); // the test file really carries GPS
            Assert.Equal((20, 40), before.DisplaySize);
        }
        var (cleaned, error) = ImageCleaner.Clean(original, ImageFormat.Jpeg, 40_000_000);
        Assert.Null(error);
        Assert.Equal((20, 40), (cleaned!.Width, cleaned.Height));
        Assert.Equal(-1, cleaned.Bytes.AsSpan().IndexOf("Exif\0\0"u8));
        using var after = TestImages.Open(cleaned.Bytes);
        Assert.False(after.Has("exif-ifd3-GPSLatitude"));
        Assert.False(after.Has("exif-data"));
        Assert.Equal((20, 40), (after.Width, after.Height));
        Assert.Equal(1, after.Orientation);
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.WebP)]
    [InlineData(ImageFormat.Avif)]
    public void Truncated_IsRefused(ImageFormat format)
    {
        var bytes = TestImages.WithBlock(300, 200, [0, 0, 255], (10, 10, 100, 100), [255, 0, 0], format);
        var error = Refused(bytes[..(bytes.Length * 2 / 3)], format);
        Assert.Matches("incomplete|damaged|cannot be read|not one that can be read", error);
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.WebP)]
    [InlineData(ImageFormat.Avif)]
    public void ImageWithSomethingAppended_IsRefused(ImageFormat format)
    {
        var polyglot = TestImages.Plain(30, 20, format).Concat("PK\x03\x04<script>alert(1)</script>"u8.ToArray()).ToArray();
        Assert.Contains("two formats at once", Refused(polyglot, format));
    }

    [Fact]
    public void BytesThatOnlyLookLikeTheFormat_AreRefused()
    {
        var fake = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.Concat("<html><script>alert(1)</script></html>"u8.ToArray()).ToArray();
        Assert.Equal("image/jpeg", MediaTypes.Sniff(fake));
        Assert.Matches("^the JPG image is incomplete|not one that can be read", Refused(fake, ImageFormat.Jpeg));
        // A PNG sent as if it were a JPEG is not read as PNG either.
        Assert.Contains("not one that can be read", Refused(TestImages.Plain(10, 10, ImageFormat.Png), ImageFormat.Jpeg));
    }

    [Fact]
    public void DecompressionBombs_AreRefusedFromTheHeader()
    {
        var png = CraftedFiles.PngClaiming(100_000, 100_000);
        Assert.True(png.Length < 100);
        Assert.Contains("100,000 × 100,000 pixels (10000 megapixels); the largest accepted is 40 megapixels", Refused(png, ImageFormat.Png));
        var jpeg = CraftedFiles.JpegClaiming(TestImages.Plain(16, 16), 60_000, 60_000);
        Assert.Contains("60,000 × 60,000 pixels", Refused(jpeg, ImageFormat.Jpeg));
    }

    [Fact]
    public void GoodImages_PassAndKeepTheirFormat()
    {
        foreach (var format in new[] { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.WebP, ImageFormat.Avif })
        {
            var (image, error) = ImageCleaner.Clean(TestImages.Plain(64, 32, format), format, 40_000_000);
            Assert.Null(error);
            Assert.Equal(format.ContentType(), MediaTypes.Sniff(image!.Bytes));
            Assert.Equal((64, 32), (image.Width, image.Height));
        }
    }
}
