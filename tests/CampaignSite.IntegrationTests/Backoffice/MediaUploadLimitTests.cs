using System.Net;
using System.Text;
using CampaignSite.Media.Imaging;
using CampaignSite.Tests.Media;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

public sealed class SmallUploadSite : SiteFactory
{
    public const int MaxBytes = 200_000;
    protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:Media:MaxBytes"] = MaxBytes.ToString() };
}

/// <summary>The media library's upload limit at its edge: a file of exactly MaxBytes is taken with the longest form, one byte more is a 413 with the site's sentence.</summary>
public sealed class MediaUploadLimitTests(SmallUploadSite site) : IClassFixture<SmallUploadSite>
{
    const string Refusal = "larger than the 0.2 MB the media library accepts";
    static readonly string LongestAltZh = new('图', 500);
    static readonly string LongestAltEn = new('a', 500);

    /// <summary>A valid JPEG of exactly <paramref name="length"/> bytes: comment segments after its start marker make up the rest.</summary>
    static byte[] JpegOf(int length)
    {
        TestImages.Start();
        var jpeg = TestImages.Plain(64, 48, ImageFormat.Jpeg);
        var missing = length - jpeg.Length;
        Assert.True(missing > 4, "the test image is already larger than asked for");
        var padded = new List<byte>(length) { jpeg[0], jpeg[1] };
        var segments = (missing + 65536) / 65537;
        for (var i = 0; i < segments; i++)
        {
            // A comment segment is FF FE, a two-byte length counting itself, then that many bytes minus two.
            var segment = missing / segments + (i < missing % segments ? 1 : 0);
            padded.AddRange([0xFF, 0xFE, (byte)((segment - 2) >> 8), (byte)((segment - 2) & 0xFF)]);
            padded.AddRange(Enumerable.Repeat((byte)'x', segment - 4));
        }
        padded.AddRange(jpeg.Skip(2));
        Assert.Equal(length, padded.Count);
        return [.. padded];
    }

    static async Task<MultipartFormDataContent> FormAsync(EditorSession session, HttpContent file) => new()
    {
        { file, "file", "长城烽火台全景照片-" + new string('长', 60) + ".jpg" },
        { new StringContent(LongestAltZh), "altZh" },
        { new StringContent(LongestAltEn), "altEn" },
        { new StringContent(await session.TokenAsync("/backoffice/media") ?? ""), "__RequestVerificationToken" },
    };

    [Fact]
    public async Task AFileOfExactlyMaxBytes_WithTheLongestForm_IsAccepted()
    {
        var writer = await (await AdminAsync(site)).CreateAccountAsync("Writer");
        var response = await writer.Client.PostAsync("/backoffice/media?handler=Upload", await FormAsync(writer, new ByteArrayContent(JpegOf(SmallUploadSite.MaxBytes))));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.StartsWith("/backoffice/media/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task OneByteMore_Answers413_WithTheSitesSentence()
    {
        var admin = await AdminAsync(site);
        var response = await admin.Client.PostAsync("/backoffice/media?handler=Upload", await FormAsync(admin, new ByteArrayContent(JpegOf(SmallUploadSite.MaxBytes + 1))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Refusal, html);
        Assert.Contains("<html", html);
    }

    [Fact]
    public async Task AFarLargerFile_Answers413_BeforeItsBodyIsRead()
    {
        var admin = await AdminAsync(site);
        var file = new CountedContent(8 * 1024 * 1024);
        var response = await admin.Client.PostAsync("/backoffice/media?handler=Upload", await FormAsync(admin, file));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(Refusal, await response.Content.ReadAsStringAsync());
        Assert.True(file.Sent < 1024 * 1024, $"{file.Sent} of {file.Length} bytes were taken before the refusal");
    }

    [Fact]
    public async Task WithoutADeclaredLength_TheFileIsStillStoppedAtTheLimit()
    {
        var admin = await AdminAsync(site);
        var file = new CountedContent(2 * 1024 * 1024, declareLength: false);
        var form = await FormAsync(admin, file);
        var request = new HttpRequestMessage(HttpMethod.Post, "/backoffice/media?handler=Upload") { Content = form };
        request.Headers.TransferEncodingChunked = true;
        var response = await admin.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(Refusal, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A file body written in chunks, counting what the server took of it.</summary>
    sealed class CountedContent(long length, bool declareLength = true) : HttpContent
    {
        public long Length => length;
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 16 * 1024));
            while (Sent < length)
            {
                var count = (int)Math.Min(chunk.Length, length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, count));
                Sent += count;
            }
        }

        protected override bool TryComputeLength(out long computed)
        {
            computed = length;
            return declareLength;
        }
    }
}
