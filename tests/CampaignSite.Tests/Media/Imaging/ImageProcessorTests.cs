using CampaignSite.Media;
using CampaignSite.Media.Imaging;

namespace CampaignSite.Tests.Media.Imaging;

public sealed class ImageProcessorTests : IDisposable
{
    static readonly double[] Blue = [0, 0, 255], Red = [255, 0, 0], Green = [0, 255, 0];
    readonly string dir = Directory.CreateTempSubdirectory("campaignsite-processor").FullName;

    public ImageProcessorTests() => TestImages.Start();
    public void Dispose() => Directory.Delete(dir, true);

    string Write(byte[] bytes, string name = "source.png")
    {
        var file = Path.Combine(dir, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>800 × 400 blue, with a 100 × 100 red square whose centre is at (700, 200): 0.875, 0.5.</summary>
    string RedOnTheRight() => Write(TestImages.WithBlock(800, 400, Blue, (650, 150, 100, 100), Red));

    static VipsImage Run(string file, ImageCommands commands, ImageFormat source = ImageFormat.Png)
    {
        var result = ImageProcessor.Process(file, source, commands, 40_000_000);
        return TestImages.Open(result.Bytes);
    }

    [Theory]
    [InlineData(ResizeMode.Crop, 200, 200, 200, 200)]
    [InlineData(ResizeMode.Max, 200, 200, 200, 100)]
    [InlineData(ResizeMode.Max, 2000, 2000, 800, 400)] // never enlarged
    [InlineData(ResizeMode.Pad, 200, 200, 200, 200)]
    [InlineData(ResizeMode.BoxPad, 2000, 1000, 2000, 1000)]
    [InlineData(ResizeMode.Min, 200, 200, 400, 200)]
    [InlineData(ResizeMode.Stretch, 300, 300, 300, 300)]
    public void Modes_GiveTheirSizes(ResizeMode mode, int width, int height, int expectedWidth, int expectedHeight)
    {
        using var image = Run(RedOnTheRight(), new ImageCommands { Width = width, Height = height, Mode = mode });
        Assert.Equal((expectedWidth, expectedHeight), (image.Width, image.Height));
    }

    [Fact]
    public void OneSide_KeepsTheShape()
    {
        var file = RedOnTheRight();
        using (var byWidth = Run(file, new ImageCommands { Width = 200 })) Assert.Equal((200, 100), (byWidth.Width, byWidth.Height));
        using (var byHeight = Run(file, new ImageCommands { Height = 100, Mode = ResizeMode.Crop })) Assert.Equal((200, 100), (byHeight.Width, byHeight.Height));
    }

    [Fact]
    public void Crop_AtTheFocalPoint_KeepsThatRegion()
    {
        var file = RedOnTheRight();
        // A 100 × 100 crop of the image scaled to 200 × 100: the red square is 25 × 25 around (175, 50).
        using var onRed = Run(file, new ImageCommands { Width = 100, Height = 100, Mode = ResizeMode.Crop, Focal = (0.875, 0.5) });
        var centre = TestImages.Colour(onRed, 65, 40, 20, 20); // the square is at x 62..87 of the crop (left = 100)
        Assert.True(centre[0] > 240 && centre[2] < 15, $"expected red at the focal point, got {string.Join(",", centre)}");
        using var onLeft = Run(file, new ImageCommands { Width = 100, Height = 100, Mode = ResizeMode.Crop, Focal = (0.1, 0.5) });
        var left = TestImages.Colour(onLeft, 0, 0, 100, 100);
        Assert.True(left[2] > 250 && left[0] < 5, $"expected only blue away from the focal point, got {string.Join(",", left)}");
    }

    [Fact]
    public void Crop_AtAnAnchor_TakesThatEdge()
    {
        using var right = Run(RedOnTheRight(), new ImageCommands { Width = 400, Height = 400, Mode = ResizeMode.Crop, Anchor = (1, 0.5) });
        Assert.Equal((400, 400), (right.Width, right.Height));
        Assert.True(TestImages.Colour(right, 260, 160, 80, 80)[0] > 240); // the square sits at 250..350 of the right half
        using var left = Run(RedOnTheRight(), new ImageCommands { Width = 400, Height = 400, Mode = ResizeMode.Crop, Anchor = (0, 0.5) });
        Assert.True(TestImages.Colour(left, 0, 0, 400, 400)[0] < 5);
    }

    [Fact]
    public void Pad_FillsWithTheBackgroundColour()
    {
        using var image = Run(RedOnTheRight(), new ImageCommands { Width = 200, Height = 200, Mode = ResizeMode.Pad, Background = (0, 255, 0) });
        Assert.Equal(Green, TestImages.Colour(image, 0, 0, 200, 40)); // 200 × 100 image in the middle, green above
        Assert.Equal(Blue, TestImages.Colour(image, 0, 60, 100, 80));
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg, "image/jpeg")]
    [InlineData(ImageFormat.WebP, "image/webp")]
    [InlineData(ImageFormat.Avif, "image/avif")]
    [InlineData(ImageFormat.Png, "image/png")]
    public void Format_IsTheOneAsked(ImageFormat format, string contentType)
    {
        var result = ImageProcessor.Process(RedOnTheRight(), ImageFormat.Png, new ImageCommands { Width = 120, Format = format }, 40_000_000);
        Assert.Equal(format, result.Format);
        Assert.Equal(contentType, MediaTypes.Sniff(result.Bytes));
    }

    [Fact]
    public void WithoutFormat_TheSourceFormatIsKept()
    {
        var result = ImageProcessor.Process(Write(TestImages.Plain(100, 50), "a.jpg"), ImageFormat.Jpeg, new ImageCommands { Width = 50 }, 40_000_000);
        Assert.Equal("image/jpeg", MediaTypes.Sniff(result.Bytes));
    }

    [Fact]
    public void Quality_ChangesTheBytes()
    {
        var file = Write(TestImages.WithBlock(400, 300, Blue, (10, 10, 200, 100), Red, ImageFormat.Jpeg), "q.jpg");
        var low = ImageProcessor.Process(file, ImageFormat.Jpeg, new ImageCommands { Width = 400, Quality = 5 }, 40_000_000).Bytes;
        var high = ImageProcessor.Process(file, ImageFormat.Jpeg, new ImageCommands { Width = 400, Quality = 95 }, 40_000_000).Bytes;
        Assert.True(low.Length < high.Length);
    }

    [Fact]
    public void SourceOverThePixelLimit_IsRefusedFromTheHeader()
    {
        var e = Assert.Throws<VipsException>(() => ImageProcessor.Process(RedOnTheRight(), ImageFormat.Png, new ImageCommands { Width = 10 }, maxPixels: 1000));
        Assert.Contains("800 × 400 pixels", e.Message);
    }
}
