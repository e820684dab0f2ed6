using System.Net;
using CampaignSite.Media;
using CampaignSite.Media.Imaging;
using CampaignSite.Tests.Media;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Media;

/// <summary>/media URLs over HTTP: originals, presets, signed commands, refusals, the variant cache.</summary>
/// <summary>/media URLs as readers fetch them, on both databases.</summary>
public abstract class MediaEndpointTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient client = site.CreateClient();
    T Service<T>() where T : notnull => site.Services.GetRequiredService<T>();

    string Signed(string path, ImageCommands commands) => $"/{path}?{commands.Normalized}&hmac={Service<ImageSigner>().Sign(path, commands)}";

    async Task<(HttpResponseMessage Response, VipsImage Image)> GetImage(string url)
    {
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(300, bytes.Length)])}");
        return (response, TestImages.Open(bytes));
    }

    [Theory]
    [InlineData("card", 640, 360)]
    [InlineData("cover-2.35-1", 900, 383)]
    [InlineData("cover-1-1", 600, 600)]
    [InlineData("cover-9-16", 1080, 1920)]
    [InlineData("cover-3-4", 1080, 1440)]
    [InlineData("cover-16-9", 1280, 720)]
    public async Task Presets_NeedNoSignature_AndHaveTheirSize(string preset, int width, int height)
    {
        var (response, image) = await GetImage($"/media/suzhou-embroidery.jpg?preset={preset}");
        using (image) Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("webp", "image/webp")]
    [InlineData("avif", "image/avif")]
    [InlineData("png", "image/png")]
    public async Task PresetWithFormat_AnswersThatFormat(string format, string contentType)
    {
        var response = await client.GetAsync($"/media/suzhou-embroidery.jpg?preset=card&format={format}");
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(contentType, MediaTypes.Sniff(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task SignedCommands_AreProcessed()
    {
        var (_, image) = await GetImage(Signed("media/suzhou-embroidery.jpg", new ImageCommands { Width = 300, Height = 300, Mode = ResizeMode.Pad, Format = ImageFormat.WebP }));
        using (image) Assert.Equal((300, 300), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("/media/suzhou-embroidery.jpg?width=300", "image commands need a signed URL (hmac=)")]
    [InlineData("/media/suzhou-embroidery.jpg?preset=card&width=300", "image commands need a signed URL")]
    [InlineData("/media/suzhou-embroidery.jpg?width=300&hmac=AAAAAAAAAAAAAAAAAAAAAA", "the hmac signature does not match")]
    [InlineData("/media/suzhou-embroidery.jpg?width=4001", "width 4001 is larger than the largest allowed, 4000")]
    [InlineData("/media/suzhou-embroidery.jpg?preset=huge", "preset must be one of")]
    [InlineData("/media/suzhou-embroidery.jpg?rmode=explode", "rmode must be one of")]
    [InlineData("/media/suzhou-embroidery.jpg?cmd=rm", "'cmd' is not an image command")]
    public async Task BadRequests_Get400AndASentence(string url, string message)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASignatureForOtherCommands_IsRefused()
    {
        var signed = Signed("media/suzhou-embroidery.jpg", new ImageCommands { Width = 100 });
        var response = await client.GetAsync(signed.Replace("width=100", "width=3000"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var other = await client.GetAsync(signed.Replace("suzhou-embroidery", "anta"));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Theory]
    [InlineData("/media/..%2Fcampaign.db")]
    [InlineData("/media/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/media/%2e%2e/media-hmac.key")]
    [InlineData("/media/media-hmac.key")]
    [InlineData("/media/cache/images")]
    [InlineData("/media/missing.jpg?preset=card")]
    [InlineData("/media/SUZHOU-EMBROIDERY.JPG")]
    public async Task PathsOutsideTheLibrary_Are404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Original_IsServedAsBefore_AndImmutableWithItsVersion()
    {
        var plain = await client.GetAsync("/media/suzhou-embroidery.jpg");
        Assert.Equal("public, max-age=86400", plain.Headers.CacheControl!.ToString());
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.ContentExport, "media", "suzhou-embroidery.jpg")), bytes);

        var source = await Service<MediaCatalog>().FindAsync("media/suzhou-embroidery.jpg");
        var versioned = await client.GetAsync($"/media/suzhou-embroidery.jpg?v={source!.Version}");
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        var stale = await client.GetAsync("/media/suzhou-embroidery.jpg?v=00000000");
        Assert.Equal("public, max-age=86400", stale.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Head_AndRanges_WorkOnOriginals()
    {
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/media/anta.jpg?preset=card"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("image/jpeg", head.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        var range = new HttpRequestMessage(HttpMethod.Get, "/media/anta.jpg");
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 9);
        var partial = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(10, (await partial.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Variant_HasAnETag_And304OnAMatch()
    {
        var source = await Service<MediaCatalog>().FindAsync("media/anta.jpg");
        var url = $"/media/anta.jpg?preset=cover-1-1&v={source!.Version}";
        var first = await client.GetAsync(url);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task SecondRequest_IsACacheHit_OnDisk()
    {
        var cache = Service<VariantCache>();
        var url = Signed("media/aksu-cotton.jpg", new ImageCommands { Width = 321, Format = ImageFormat.WebP });
        var before = cache.Produced;
        var first = await client.GetByteArrayAsync(url);
        Assert.Equal(before + 1, cache.Produced);
        var second = await client.GetByteArrayAsync(url);
        Assert.Equal(before + 1, cache.Produced);
        Assert.Equal(first, second);
        Assert.Contains(Directory.GetFiles(Path.Combine(site.DataPath, "cache", "images"), "*.webp", SearchOption.AllDirectories),
            f => File.ReadAllBytes(f).SequenceEqual(first));
    }

    [Fact]
    public async Task ConcurrentRequestsForOneNewVariant_AreProcessedOnce()
    {
        var cache = Service<VariantCache>();
        var url = Signed("media/anta.jpg", new ImageCommands { Width = 777, Height = 333, Mode = ResizeMode.Crop, Format = ImageFormat.Avif });
        var before = cache.Produced;
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync(url)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 1, cache.Produced);
    }

    [Fact]
    public async Task PresetCrops_FollowTheStoredFocalPoint()
    {
        TestImages.Start();
        // 1000 × 400 blue with a red square centred at (850, 200). The 600 × 600 preset scales it to 1500 × 600: around
        // the focal point the crop starts at 900 (as far right as it goes) and the square lies at 225..525 of it;
        // centred, the crop starts at 450 and the square is outside.
        var bytes = TestImages.WithBlock(1000, 400, [0, 0, 255], (750, 100, 200, 200), [255, 0, 0], ImageFormat.Png);
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var uploaded = await library.UploadAsync(bytes, new MediaUpload("focus.png", "红色方块", "A red square", 0.85, 0.5));
        Assert.True(uploaded.Succeeded, uploaded.Error);
        var path = "/" + uploaded.Media!.Path;

        var (_, onFocus) = await GetImage($"{path}?preset=cover-1-1");
        using (onFocus) Assert.True(TestImages.Colour(onFocus, 300, 250, 100, 100)[0] > 240, "the crop should centre on the red square");

        Assert.True((await library.UpdateAsync(uploaded.Media.Path, "蓝", "Blue", 0.5, 0.5)).Succeeded);
        var (_, centred) = await GetImage($"{path}?preset=cover-1-1");
        using (centred) Assert.True(TestImages.Colour(centred, 300, 250, 100, 100)[2] > 240, "after moving the focal point the crop is blue");
    }

    [Fact]
    public async Task ADamagedOriginal_Gets422NotA500()
    {
        var file = Path.Combine(site.DataPath, "media", "atlas-silk.jpg");
        var good = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, good[..200]);
        try
        {
            var response = await client.GetAsync(Signed("media/atlas-silk.jpg", new ImageCommands { Width = 99 }));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("atlas-silk.jpg cannot be processed", await response.Content.ReadAsStringAsync());
        }
        finally { await File.WriteAllBytesAsync(file, good); }
    }

    [Fact]
    public async Task Pages_UsePicturesWithSignedVariantsThatAnswer()
    {
        var html = await client.GetStringAsync("/heritage/suzhou-embroidery");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var picture = document.QuerySelector("picture:has(img.detail-cover)")!;
        Assert.Equal(["image/avif", "image/webp"], picture.QuerySelectorAll("source").Select(s => s.GetAttribute("type")));
        var img = picture.QuerySelector("img")!;
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.NotNull(img.GetAttribute("width"));
        Assert.NotNull(img.GetAttribute("sizes"));
        var card = document.QuerySelector("img.card-cover")!;
        Assert.Equal("lazy", card.GetAttribute("loading"));
        foreach (var candidate in picture.QuerySelectorAll("source").Select(s => s.GetAttribute("srcset")!.Split(", ")[0].Split(' ')[0]).Append(img.GetAttribute("src")!))
        {
            var response = await client.GetAsync(candidate);
            Assert.True(response.StatusCode == HttpStatusCode.OK, candidate);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        }
    }
}

public sealed class SqliteMediaEndpointTests(SiteFactory site) : MediaEndpointTests<SiteFactory>(site);

public sealed class PostgresMediaEndpointTests(PostgresSiteFactory site) : MediaEndpointTests<PostgresSiteFactory>(site);

/// <summary>A small cache: old variants make room for new ones.</summary>
public class MediaCacheLimitTests
{
    sealed class SmallCacheSite : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:Media:CacheMaxBytes"] = "80000" };
    }

    [Fact]
    public async Task CacheOverItsLimit_EvictsTheLeastRecentlyUsed()
    {
        using var site = new SmallCacheSite();
        var client = site.CreateClient();
        var cache = site.Services.GetRequiredService<VariantCache>();
        // Card variants of these four are 20-45 kB each: the 80 kB cache holds two or three.
        string[] urls = ["/media/anta.jpg?preset=card", "/media/aksu-cotton.jpg?preset=card", "/media/atlas-silk.jpg?preset=card", "/media/bai-tie-dye.jpg?preset=card"];
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(urls[0])).StatusCode); // the first stays in use
            Assert.True(cache.TotalBytes <= 80_000, $"cache holds {cache.TotalBytes} bytes");
        }
        Assert.Equal(4, cache.Produced);
        await client.GetAsync(urls[0]);
        Assert.Equal(4, cache.Produced); // still cached: used all along
        await client.GetAsync(urls[1]);
        Assert.Equal(5, cache.Produced); // the least recently used went first and is made again
        var files = Directory.GetFiles(Path.Combine(site.DataPath, "cache", "images"), "*", SearchOption.AllDirectories);
        Assert.Equal(cache.TotalBytes, files.Sum(f => new FileInfo(f).Length));
    }
}
