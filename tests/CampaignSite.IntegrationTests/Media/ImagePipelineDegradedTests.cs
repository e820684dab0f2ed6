using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Media;

/// <summary>Without libvips the site still starts, serves originals for every media URL and says Degraded.</summary>
public class ImagePipelineDegradedTests
{
    sealed class DegradedSite(string key, string value) : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new() { [key] = value };
    }

    [Theory]
    [InlineData("CampaignSite:Media:Pipeline", "off", "switched off by CampaignSite:Media:Pipeline")]
    public async Task WithoutThePipeline_OriginalsAreServed_AndHealthSaysDegraded(string key, string value, string reason)
    {
        using var site = new DegradedSite(key, value);
        var client = site.CreateClient();
        var original = File.ReadAllBytes(Path.Combine(Repo.ContentExport, "media", "suzhou-embroidery.jpg"));

        var preset = await client.GetAsync("/media/suzhou-embroidery.jpg?preset=card&format=avif");
        Assert.Equal(HttpStatusCode.OK, preset.StatusCode);
        Assert.Equal("image/jpeg", preset.Content.Headers.ContentType!.MediaType);
        Assert.Equal(original, await preset.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/media/suzhou-embroidery.jpg?width=10")).StatusCode); // still refused unsigned

        var health = await client.GetStringAsync("/healthz");
        Assert.Contains("\"status\":\"Degraded\"", health);
        Assert.Contains(reason, health);

        var html = await client.GetStringAsync("/heritage/suzhou-embroidery");
        var cover = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("img.detail-cover")!;
        Assert.Equal("/media/suzhou-embroidery.jpg", cover.GetAttribute("src"));
        Assert.DoesNotContain("<picture>", html);

        var library = site.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<CampaignSite.Media.MediaLibrary>();
        var upload = await library.UploadAsync([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new("a.jpg", "图", "Image"));
        Assert.Contains("the image pipeline is unavailable", upload.Error);
    }
}
