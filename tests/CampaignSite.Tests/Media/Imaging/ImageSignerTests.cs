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
    public void Key_IsTheConfiguredOne_OrTheStoredOne_TakingOverAnOlderKeyFile()
    {
        var dir = Directory.CreateTempSubdirectory("campaignsite-key").FullName;
        try
        {
            string? stored = null;
            string Store(Func<string> create) => stored ??= create();
            Assert.Equal("configured"u8.ToArray(), ImageSigner.LoadKey("configured", Store, dir));
            Assert.Null(stored);

            var generated = ImageSigner.LoadKey(null, Store, dir);
            Assert.True(Convert.FromBase64String(stored!).Length == 32);
            Assert.Equal(generated, ImageSigner.LoadKey("", Store, dir));

            File.WriteAllText(Path.Combine(dir, "media-hmac.key"), "older-key\n");
            stored = null;
            Assert.Equal("older-key"u8.ToArray(), ImageSigner.LoadKey(null, Store, dir));
        }
        finally { Directory.Delete(dir, true); }
    }
}
