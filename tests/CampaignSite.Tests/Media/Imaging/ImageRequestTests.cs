using CampaignSite.Media.Imaging;
using Microsoft.Extensions.Primitives;

namespace CampaignSite.Tests.Media.Imaging;

public class ImageRequestTests
{
    static (ImageRequest? Request, string? Error) Parse(string query) =>
        ImageRequest.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query), 4000);

    [Fact]
    public void Commands_AreParsedAndNormalizedOneWay()
    {
        var (a, _) = Parse("?format=WEBP&rxy=0.30,0.6&rmode=Crop&height=0450&width=800&bgcolor=FFF&quality=70&ranchor=topleft");
        Assert.NotNull(a);
        Assert.Equal("width=800&height=450&rmode=crop&rxy=0.3,0.6&ranchor=0,0&format=webp&quality=70&bgcolor=ffffff", a.Commands.Normalized);
        var (b, _) = Parse("?width=800&height=450&rmode=crop&rxy=0.3,0.6&ranchor=topleft&format=webp&quality=70&bgcolor=ffffff");
        Assert.Equal(a.Commands, b!.Commands);
    }

    [Theory]
    [InlineData("?width=4001", "width 4001 is larger than the largest allowed, 4000")]
    [InlineData("?height=0", "height must be a whole number")]
    [InlineData("?width=-5", "width must be a whole number")]
    [InlineData("?width=1e3", "width must be a whole number")]
    [InlineData("?rmode=zoom", "rmode must be one of")]
    [InlineData("?rmode=1", "rmode must be one of")]
    [InlineData("?rxy=1.5,0", "rxy must be two numbers from 0 to 1")]
    [InlineData("?rxy=0.5", "rxy must be two numbers")]
    [InlineData("?ranchor=middle-ish", "ranchor must be one of")]
    [InlineData("?format=gif", "format must be one of webp, avif, jpg, png")]
    [InlineData("?quality=101", "quality must be a whole number from 1 to 100")]
    [InlineData("?bgcolor=%23fff", "bgcolor must be a hex colour")]
    [InlineData("?preset=poster", "preset must be one of card")]
    [InlineData("?w=100", "'w' is not an image command")]
    [InlineData("?width=10&width=20", "'width' is given 2 times")]
    public void BadCommands_AreRefusedWithAReason(string query, string message)
    {
        var (request, error) = Parse(query);
        Assert.Null(request);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("?preset=card", true)]
    [InlineData("?preset=card&format=avif&v=abc", true)]
    [InlineData("?preset=card&width=100", false)]
    [InlineData("?format=webp", false)]
    [InlineData("?width=100", false)]
    public void OnlyPresetsWithAFormat_NeedNoSignature(string query, bool presetOnly) =>
        Assert.Equal(presetOnly, Parse(query).Request!.IsPresetOnly);

    [Fact]
    public void NoCommands_IsEmpty_EvenWithAVersion()
    {
        Assert.True(Parse("?v=1234abcd").Request!.Commands.IsEmpty);
        Assert.False(Parse("?width=10").Request!.Commands.IsEmpty);
    }

    [Fact]
    public void Presets_ExpandToCropsOfTheirSize()
    {
        var expanded = ImagePresets.Expand(Parse("?preset=cover-2.35-1&format=webp").Request!.Commands);
        Assert.Equal(new ImageCommands { Width = 900, Height = 383, Mode = ResizeMode.Crop, Format = ImageFormat.WebP }, expanded);
    }
}
