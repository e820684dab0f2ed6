using CampaignSite.Media.Imaging;

namespace CampaignSite.Tests.Media.Imaging;

public class ImageSignerTests
{
    static readonly ImageSigner Signer = new("test key"u8.ToArray());
    static readonly ImageCommands Crop = new() { Width = 300, Height = 200, Mode = ResizeMode.Crop };

    [Fact]
    public void Signature_VerifiesOnlyForTheSamePathAndCommands()
    {
        var signature = Signer.Sign("media/a.jpg", Crop);
        Assert.True(Signer.Verify("media/a.jpg", Crop, signature));
        Assert.False(Signer.Verify("media/b.jpg", Crop, signature));
        Assert.False(Signer.Verify("media/a.jpg", Crop with { Width = 3000 }, signature));
        Assert.False(Signer.Verify("media/a.jpg", Crop, null));
        Assert.False(Signer.Verify("media/a.jpg", Crop, signature[..^1]));
        Assert.False(new ImageSigner("other key"u8.ToArray()).Verify("media/a.jpg", Crop, signature));
    }

    [Fact]
    public void Key_IsGeneratedOnceIntoTheDataFolder_UnlessConfigured()
    {
        var dir = Directory.CreateTempSubdirectory("campaignsite-key").FullName;
        try
        {
            var first = ImageSigner.LoadKey(null, dir);
            Assert.True(File.Exists(Path.Combine(dir, "media-hmac.key")));
            Assert.Equal(first, ImageSigner.LoadKey("", dir));
            Assert.True(first.Length >= 32);
            Assert.Equal("configured"u8.ToArray(), ImageSigner.LoadKey("configured", dir));
        }
        finally { Directory.Delete(dir, true); }
    }
}
