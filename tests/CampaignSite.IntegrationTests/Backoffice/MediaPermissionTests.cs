using System.Net;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media.Imaging;
using CampaignSite.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>Who may change and delete media: writers their own unpublished uploads' alt text and focal point, editors everything.</summary>
public sealed class MediaPermissionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>Seeded from content-export, used by the published brand bosideng and uploaded by nobody's account.</summary>
    const string Seeded = "/backoffice/media/bosideng.jpg";

    static readonly Dictionary<string, string[]> Described = new()
    {
        ["altZh"] = ["江南水乡的石桥"], ["altEn"] = ["A stone bridge in a water town"], ["focalX"] = ["0.4"], ["focalY"] = ["0.6"],
    };

    /// <summary>Uploads an image no other test has and answers its item page.</summary>
    static async Task<string> UploadAsync(EditorSession session)
    {
        TestImages.Start();
        var image = TestImages.Plain(80, 60, ImageFormat.Jpeg, [Random.Shared.Next(256), Random.Shared.Next(256), Random.Shared.Next(256)]);
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(image), "file", "bridge.jpg" },
            { new StringContent("石桥"), "altZh" },
            { new StringContent("A stone bridge"), "altEn" },
            { new StringContent(await session.TokenAsync("/backoffice/media") ?? ""), "__RequestVerificationToken" },
        };
        var response = await session.Client.PostAsync("/backoffice/media?handler=Upload", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.ToString();
    }

    static async Task AssertRefusedAsync(HttpResponseMessage response, string sentence)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(sentence, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AWriter_SetsAltTextAndFocalPointOfTheirOwnUpload_ButCannotDeleteIt()
    {
        var writer = await (await AdminAsync(site)).CreateAccountAsync("Writer");
        var item = await UploadAsync(writer);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync(item, Described)).StatusCode);
        Assert.Contains("江南水乡的石桥", (await writer.GetAsync(item)).Html);
        await AssertRefusedAsync(await writer.PostAsync($"{item}?handler=Delete", [], item), "Only editors and administrators may delete files");
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync(item)).Status);
    }

    [Fact]
    public async Task AWriter_CannotChangeAFileSomeoneElseUploaded()
    {
        var admin = await AdminAsync(site);
        var writer = await admin.CreateAccountAsync("Writer");
        await AssertRefusedAsync(await writer.PostAsync(Seeded, Described), "Writers may change only the files they uploaded themselves");
        var theAdministrators = await UploadAsync(admin);
        await AssertRefusedAsync(await writer.PostAsync(theAdministrators, Described), "Writers may change only the files they uploaded themselves");
        Assert.DoesNotContain("江南水乡的石桥", (await admin.GetAsync(theAdministrators)).Html);
    }

    [Fact]
    public async Task AWriter_CannotChangeTheirOwnUpload_OnceAPublishedDocumentShowsIt()
    {
        var writer = await (await AdminAsync(site)).CreateAccountAsync("Writer");
        var item = await UploadAsync(writer);
        await PublishAntaAsync(document => document.Cover = "media/" + item["/backoffice/media/".Length..]);
        Assert.Contains("(published)", (await writer.GetAsync(item)).Html);
        await AssertRefusedAsync(await writer.PostAsync(item, Described), "A published document shows this file");
    }

    [Fact]
    public async Task AWriter_CannotChangeTheirOwnUpload_OnceAPublishedDocumentShowsTheVideoItIsThePosterOf()
    {
        var writer = await (await AdminAsync(site)).CreateAccountAsync("Writer");
        var item = await UploadAsync(writer);
        var url = $"https://video.example.cn/bridge-{Guid.NewGuid():N}.mp4";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var video = await scope.ServiceProvider.GetRequiredService<CampaignSite.Media.MediaLibrary>()
                .AddVideoAsync(url, 30, "media/" + item["/backoffice/media/".Length..], "石桥视频", "Bridge video", "editor");
            Assert.True(video.Succeeded, video.Error);
        }
        // The video is in the library only: its poster is still the writer's draft material.
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync(item, Described)).StatusCode);

        await PublishAntaAsync(document => (document.Syndication.VideoUrl, document.Syndication.VideoDuration) = (url, 30));
        Assert.Contains("(published)", (await writer.GetAsync(item)).Html);
        await AssertRefusedAsync(await writer.PostAsync(item, Described), "A published document shows this file");
    }

    /// <summary>Publishes a new version of the brand anta, changed by <paramref name="change"/> in Chinese.</summary>
    async Task PublishAntaAsync(Action<Document> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var fields = await (from d in db.Documents join v in db.Versions on d.PublishedVersionId equals v.Id where d.Slug == "anta" select v.Fields).SingleAsync();
        var variants = DocumentJson.DeserializeVariants(fields, DocumentTypes.Find("brand")!);
        change(variants[Cultures.Chinese]);
        foreach (var variant in variants.Values) variant.CoverAlt ??= "石桥";
        var published = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "test", publish: true);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors));
    }

    [Fact]
    public async Task AnEditor_ChangesAPublishedFile_AndDeletesAWritersUpload()
    {
        var admin = await AdminAsync(site);
        var editor = await admin.CreateAccountAsync("Editor");
        var writer = await admin.CreateAccountAsync("Writer");
        var (_, page) = await editor.GetAsync(Seeded);
        Assert.Contains("(published)", page);
        var saved = await editor.PostAsync(Seeded, new()
        {
            ["altZh"] = ["波司登羽绒服"], ["altEn"] = ["A Bosideng down jacket"], ["focalX"] = ["0.5"], ["focalY"] = ["0.5"],
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var item = await UploadAsync(writer);
        var deleted = await editor.PostAsync($"{item}?handler=Delete", [], item);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/backoffice/media", deleted.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(item)).Status);
    }
}
