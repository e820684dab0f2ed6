using CampaignSite.Media;

namespace CampaignSite.Tests.Media;

public class MediaTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    public void Sniff_KnowsFilesByTheirBytes(byte[] head, string type) => Assert.Equal(type, MediaTypes.Sniff(head));

    [Fact]
    public void Sniff_RefusesTextNamedAsImage() => Assert.Null(MediaTypes.Sniff("<svg onload=alert(1)>"u8));

    [Fact]
    public void Sniff_KnowsWebp() => Assert.Equal("image/webp", MediaTypes.Sniff("RIFF\0\0\0\0WEBPVP8 "u8));
}
