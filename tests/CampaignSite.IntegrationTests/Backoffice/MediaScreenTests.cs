using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CampaignSite.Media.Imaging;
using CampaignSite.Tests.Media;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>The media library screens: upload a phone-sized photo, refuse a bomb, set the focal point, use it as a brand cover.</summary>
public sealed class MediaScreenTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    async Task<HttpResponseMessage> UploadAsync(EditorSession session, byte[] bytes, string name, string altZh, string altEn)
    {
        var token = await session.TokenAsync("/backoffice/media") ?? "";
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", name },
            { new StringContent(altZh), "altZh" },
            { new StringContent(altEn), "altEn" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        return await session.Client.PostAsync("/backoffice/media?handler=Upload", form);
    }

    [Fact]
    public async Task PhonePhoto_UploadedWithFocalPoint_BecomesABrandCoverServedThroughSrcset()
    {
        TestImages.Start();
        var admin = await AdminAsync(site);
        var photo = TestImages.Plain(4032, 3024, ImageFormat.Jpeg);
        var uploaded = await UploadAsync(admin, photo, "IMG_0412.JPG", "常熟服装城的羽绒服展台", "A down-jacket stand at the Changshu garment market");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var itemPage = uploaded.Headers.Location!.ToString();
        var path = "media/" + itemPage["/backoffice/media/".Length..];
        Assert.Contains("4032 × 3024", (await admin.GetAsync(itemPage)).Html);

        var saved = await admin.PostAsync(itemPage, new() { ["altZh"] = ["常熟服装城的羽绒服展台"], ["altEn"] = ["A down-jacket stand"], ["focalX"] = ["0.2"], ["focalY"] = ["0.7"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"0.2\"", (await admin.GetAsync(itemPage)).Html);

        // The brand form offers the photo as a cover and takes its alt text when the field is left empty.
        var (_, list) = await admin.GetAsync("/backoffice/content/brand?q=bosideng");
        var id = Regex.Match(list, @"/backoffice/content/brand/(\d+)").Groups[1].Value;
        var form = $"/backoffice/content/brand/{id}";
        var (_, html) = await admin.GetAsync(form);
        Assert.Contains($"value=\"{path}\"", html);
        var fields = new HtmlParser().ParseDocument(html).QuerySelectorAll("#doc-form [name]")
            .Where(e => e.GetAttribute("name")!.Contains('.') && (e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked")))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.LocalName == "select" ? e.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")!) : [e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""]).ToArray());
        fields["zh-CN.cover"] = [path];
        fields["zh-CN.cover_alt"] = [];
        fields["en.cover_alt"] = [];
        fields["stamp"] = [Regex.Match(html, "name=\"stamp\" value=\"([^\"]+)\"").Groups[1].Value];
        var published = await admin.PostAsync($"{form}?handler=Publish", fields, form);
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync());
        var after = (await admin.GetAsync(form)).Html;
        Assert.True(after.Contains("saved and published"), published.Headers.Location + "\n" + Regex.Match(after, "<main.{0,1500}", RegexOptions.Singleline).Value);

        var page = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync("/brands/bosideng"));
        var picture = page.QuerySelector("picture:has(img.detail-cover)")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal("常熟服装城的羽绒服展台", img.GetAttribute("alt"));
        Assert.True(img.GetAttribute("src")!.Contains(path), picture.OuterHtml);
        var webp = picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!;
        Assert.Matches(@"^\S+ \d+w(, \S+ \d+w)+$", webp);
        var first = webp.Split(", ")[0].Split(' ')[0];
        var variant = await site.CreateClient().GetAsync(first);
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        Assert.Equal("image/webp", variant.Content.Headers.ContentType?.MediaType);
        Assert.True((await variant.Content.ReadAsByteArrayAsync()).Length < photo.Length);

        // In use: the library refuses to delete it and says where it is used.
        await admin.PostAsync($"{itemPage}?handler=Delete", [], itemPage);
        Assert.Contains("brand/bosideng", (await admin.GetAsync(itemPage)).Html);
    }

    [Fact]
    public async Task DecompressionBomb_IsRefusedWithAClearMessage()
    {
        var admin = await AdminAsync(site);
        var response = await UploadAsync(admin, CraftedFiles.PngClaiming(60000, 60000), "bomb.png", "炸弹", "bomb");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bomb.png was not accepted", html);
        Assert.Matches("pixels|megapixel", html);
    }

    [Fact]
    public async Task ImageWithoutAltText_AndSvg_AreRefused()
    {
        TestImages.Start();
        var admin = await AdminAsync(site);
        var noAlt = await UploadAsync(admin, TestImages.Plain(200, 100), "x.jpg", "", "");
        Assert.Equal(HttpStatusCode.BadRequest, noAlt.StatusCode);
        Assert.Contains("alternative text", await noAlt.Content.ReadAsStringAsync());
        var svg = await UploadAsync(admin, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(), "logo.svg", "标志", "logo");
        Assert.Equal(HttpStatusCode.BadRequest, svg.StatusCode);
        Assert.Contains("SVG files are not accepted", await svg.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VideoReference_IsAddedWithAPoster_AndBadOnesAreRefused()
    {
        var admin = await AdminAsync(site);
        var bad = await admin.PostAsync("/backoffice/media?handler=AddVideo", new()
        {
            ["videoUrl"] = ["javascript:alert(1)"], ["duration"] = ["95"], ["poster"] = ["media/bosideng.jpg"], ["videoZh"] = ["视频"], ["videoEn"] = ["video"],
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("absolute http or https address", await bad.Content.ReadAsStringAsync());
        var noLength = await admin.PostAsync("/backoffice/media?handler=AddVideo", new() { ["videoUrl"] = ["https://video.example.cn/a.mp4"], ["duration"] = ["long"] });
        Assert.Contains("whole seconds", await noLength.Content.ReadAsStringAsync());

        var url = $"https://video.example.cn/{Guid.NewGuid():N}.mp4";
        var added = await admin.PostAsync("/backoffice/media?handler=AddVideo", new()
        {
            ["videoUrl"] = [url], ["duration"] = ["95"], ["poster"] = ["media/bosideng.jpg"], ["videoZh"] = ["羽绒服走秀视频"], ["videoEn"] = ["A down-jacket runway video"],
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var item = added.Headers.Location!.ToString();
        Assert.Matches("^/backoffice/media/video/[a-f0-9]{20}$", item);
        var (status, html) = await admin.GetAsync(item);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(url, html);
        Assert.Contains("1:35", html);
        Assert.Contains(url, (await admin.GetAsync("/backoffice/media?kind=video")).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/backoffice/media/video/not-a-video")).Status);
    }
}
