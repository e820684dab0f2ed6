using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media;
using CampaignSite.Media.Imaging;
using CampaignSite.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Media;

/// <summary>The media library service the backoffice calls: checks, dedupe, alt text, focal point, usage, delete.</summary>
public abstract class MediaLibraryTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    static readonly MediaUpload Described = new("长城.JPG", "长城上的烽火台", "A watchtower on the Great Wall", 0.3, 0.6, "editor@example.cn");

    async Task<T> WithLibrary<T>(Func<MediaLibrary, CampaignDbContext, Task<T>> act)
    {
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<MediaLibrary>(), scope.ServiceProvider.GetRequiredService<CampaignDbContext>());
    }

    static byte[] Image(int seed)
    {
        TestImages.Start();
        return TestImages.Plain(60 + seed, 40, ImageFormat.Jpeg, [seed * 7 % 256, 90, 200]);
    }

    [Fact]
    public async Task Upload_StoresTheCleanedImageByHash_WithItsFields()
    {
        var result = await WithLibrary((library, _) => library.UploadAsync(Image(1), Described));
        Assert.True(result.Succeeded, result.Error);
        var media = result.Media!;
        Assert.Matches("^media/[0-9a-f]{20}\\.jpg$", media.Path);
        Assert.Equal(("image/jpeg", MediaKind.Image, 61, 40), (media.ContentType, media.Kind, media.Width, media.Height));
        Assert.Equal((0.3, 0.6, "长城上的烽火台", "A watchtower on the Great Wall", "长城.JPG", "editor@example.cn"),
            (media.FocalX, media.FocalY, media.AltZh, media.AltEn, media.OriginalName, media.UploadedBy));
        var file = Path.Combine(site.DataPath, "media", media.Path["media/".Length..]);
        Assert.Equal(media.Length, new FileInfo(file).Length);
        Assert.Equal(media.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
    }

    [Fact]
    public async Task SameBytesTwice_AreStoredOnce()
    {
        var bytes = Image(2);
        var first = await WithLibrary((library, _) => library.UploadAsync(bytes, Described));
        var second = await WithLibrary((library, _) => library.UploadAsync(new MemoryStream(bytes), Described with { FileName = "copy.jpg" }));
        Assert.False(first.AlreadyStored);
        Assert.True(second.AlreadyStored);
        Assert.Equal(first.Media!.Path, second.Media!.Path);
        Assert.Equal(1, await WithLibrary((_, db) => db.Media.CountAsync(m => m.Path == first.Media.Path)));
    }

    [Theory]
    [InlineData(null, "Great Wall")]
    [InlineData("长城", " ")]
    public async Task Images_NeedAltTextInBothCultures(string? zh, string? en)
    {
        var result = await WithLibrary((library, _) => library.UploadAsync(Image(3), Described with { AltZh = zh, AltEn = en }));
        Assert.Equal("images need alternative text in Chinese and in English, describing what the image shows", result.Error);
    }

    [Fact]
    public async Task Svg_AndUnknownFiles_AreRefused()
    {
        var svg = await WithLibrary((library, _) => library.UploadAsync("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray(), Described with { FileName = "logo.png" }));
        Assert.StartsWith("SVG files are not accepted", svg.Error);
        var text = await WithLibrary((library, _) => library.UploadAsync("hello"u8.ToArray(), Described with { FileName = "a.jpg" }));
        Assert.Equal("the file is not a JPEG, PNG, WebP, GIF or AVIF image or a PDF (judged by its content, not its name)", text.Error);
        var empty = await WithLibrary((library, _) => library.UploadAsync([], Described));
        Assert.Equal("the file is empty", empty.Error);
    }

    [Fact]
    public async Task TruncatedAndPolyglotImages_AreRefusedWithAReason()
    {
        var good = Image(4);
        var truncated = await WithLibrary((library, _) => library.UploadAsync(good[..(good.Length / 2)], Described));
        Assert.Contains("incomplete", truncated.Error);
        var polyglot = await WithLibrary((library, _) => library.UploadAsync([.. good, .. "<script>alert(1)</script>"u8], Described));
        Assert.Contains("two formats at once", polyglot.Error);
        var bomb = await WithLibrary((library, _) => library.UploadAsync(CraftedFiles.PngClaiming(50_000, 50_000), Described));
        Assert.Contains("the largest accepted is 40 megapixels", bomb.Error);
    }

    [Fact]
    public async Task Pdf_NeedsNoAltText_ButMustBeComplete()
    {
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
        var stored = await WithLibrary((library, _) => library.UploadAsync(pdf, new MediaUpload("report.pdf", null, null)));
        Assert.True(stored.Succeeded, stored.Error);
        Assert.Equal((MediaKind.Document, "application/pdf"), (stored.Media!.Kind, stored.Media.ContentType));
        var cut = await WithLibrary((library, _) => library.UploadAsync(pdf[..20], new MediaUpload("report.pdf", null, null)));
        Assert.Equal("the PDF is incomplete (it has no end marker)", cut.Error);
    }

    [Fact]
    public async Task SeedCover_IsUsedByItsDocument_AndCannotBeDeleted()
    {
        var uses = await WithLibrary((library, _) => library.UsageAsync("media/suzhou-embroidery.jpg"));
        Assert.Contains(new MediaUse("heritage", "suzhou-embroidery", Published: true), uses);
        var delete = await WithLibrary((library, _) => library.DeleteAsync("media/suzhou-embroidery.jpg"));
        Assert.StartsWith("media/suzhou-embroidery.jpg is used by heritage/suzhou-embroidery", delete.Error);
        Assert.True(File.Exists(Path.Combine(site.DataPath, "media", "suzhou-embroidery.jpg")));
    }

    [Fact]
    public async Task UnusedMedia_IsDeleted_AndADraftThatUsesItBlocksTheDelete()
    {
        var uploaded = (await WithLibrary((library, _) => library.UploadAsync(Image(5), Described))).Media!;
        Assert.Empty(await WithLibrary((library, _) => library.UsageAsync(uploaded.Path)));

        await SaveDraft(TestDocument("media-library-draft", uploaded.Path));
        var uses = await WithLibrary((library, _) => library.UsageAsync(uploaded.Path));
        Assert.Equal([new MediaUse("news", "media-library-draft", Published: false)], uses);
        Assert.Contains("used by news/media-library-draft", (await WithLibrary((library, _) => library.DeleteAsync(uploaded.Path))).Error);

        var other = (await WithLibrary((library, _) => library.UploadAsync(Image(6), Described))).Media!;
        var deleted = await WithLibrary((library, _) => library.DeleteAsync(other.Path));
        Assert.True(deleted.Succeeded, deleted.Error);
        Assert.Null(await WithLibrary((library, _) => library.GetAsync(other.Path)));
        Assert.False(File.Exists(Path.Combine(site.DataPath, "media", other.Path["media/".Length..])));
    }

    [Fact]
    public async Task AltTextAndFocalPoint_CanBeChanged_WithinTheirRules()
    {
        var uploaded = (await WithLibrary((library, _) => library.UploadAsync(Image(7), Described))).Media!;
        var updated = await WithLibrary((library, _) => library.UpdateAsync(uploaded.Path, "新", "New", 0.9, 0.1));
        Assert.True(updated.Succeeded, updated.Error);
        Assert.Equal(("新", "New", 0.9, 0.1), (updated.Media!.AltZh, updated.Media.AltEn, updated.Media.FocalX, updated.Media.FocalY));
        Assert.Contains("focal point", (await WithLibrary((library, _) => library.UpdateAsync(uploaded.Path, "新", "New", 1.2, 0))).Error);
        Assert.Contains("alternative text", (await WithLibrary((library, _) => library.UpdateAsync(uploaded.Path, "", "New", 0.5, 0.5))).Error);
        Assert.Contains("not in the media library", (await WithLibrary((library, _) => library.UpdateAsync("media/none.jpg", "a", "b", 0.5, 0.5))).Error);
    }

    [Fact]
    public async Task List_ShowsNewestFirst_AndFiltersByKind()
    {
        var uploaded = (await WithLibrary((library, _) => library.UploadAsync(Image(8), Described))).Media!;
        var images = await WithLibrary((library, _) => library.ListAsync(MediaKind.Image, 1, 200));
        Assert.Contains(images, m => m.Path == uploaded.Path);
        Assert.All(images, m => Assert.Equal(MediaKind.Image, m.Kind));
        Assert.Contains(images, m => m.Path == "media/suzhou-embroidery.jpg" && m.Width == 1200 && m.Height == 675); // seed covers measured at start
    }

    [Fact]
    public async Task VideoReferences_NeedAUrlADurationAndALibraryPoster()
    {
        var poster = (await WithLibrary((library, _) => library.UploadAsync(Image(9), Described))).Media!;
        const string url = "https://video.example.cn/heritage/kesi.mp4?quality=hd&lang=zh";
        var video = await WithLibrary((library, _) => library.AddVideoAsync(url, 95, poster.Path, "缂丝织造", "Kesi weaving", "editor"));
        Assert.True(video.Succeeded, video.Error);
        Assert.Equal((MediaKind.Video, url, 95, poster.Path), (video.Media!.Kind, video.Media.VideoUrl, video.Media.DurationSeconds, video.Media.PosterPath));
        Assert.True((await WithLibrary((library, _) => library.AddVideoAsync(url, 95, poster.Path, "缂丝", "Kesi", "editor"))).AlreadyStored);

        Assert.Contains("absolute http or https", (await WithLibrary((library, _) => library.AddVideoAsync("javascript:alert(1)", 95, poster.Path, "a", "b", "e"))).Error);
        Assert.Contains("duration", (await WithLibrary((library, _) => library.AddVideoAsync(url + "2", 0, poster.Path, "a", "b", "e"))).Error);
        Assert.Contains("poster must be an image", (await WithLibrary((library, _) => library.AddVideoAsync(url + "3", 9, "media/none.jpg", "a", "b", "e"))).Error);

        // The poster is in use while the video reference shows it.
        Assert.Contains(new MediaUse(MediaKind.Video.Name(), video.Media.Path, false), await WithLibrary((library, _) => library.UsageAsync(poster.Path)));
        Assert.Contains("is used by video/", (await WithLibrary((library, _) => library.DeleteAsync(poster.Path))).Error);
        Assert.True((await WithLibrary((library, _) => library.DeleteAsync(video.Media.Path))).Succeeded);
        Assert.True((await WithLibrary((library, _) => library.DeleteAsync(poster.Path))).Succeeded);
    }

    [Fact]
    public async Task AVideoADocumentPlays_CannotBeDeleted()
    {
        var poster = (await WithLibrary((library, _) => library.UploadAsync(Image(10), Described))).Media!;
        const string url = "https://video.example.cn/news/fashion-week.mp4?from=site&x=<1>";
        var video = (await WithLibrary((library, _) => library.AddVideoAsync(url, 60, poster.Path, "视频", "Video", "editor"))).Media!;
        Assert.Empty(await WithLibrary((library, _) => library.UsageAsync(video.Path)));
        await SaveDraft(TestDocument("media-library-video", poster.Path, url));
        Assert.Equal([new MediaUse("news", "media-library-video", false)], await WithLibrary((library, _) => library.UsageAsync(video.Path)));
        Assert.Contains("used by news/media-library-video", (await WithLibrary((library, _) => library.DeleteAsync(video.Path))).Error);
    }

    [Fact]
    public async Task Usage_FollowsTheLatestAndPublishedVersions_AndImagesInTheBody()
    {
        var first = (await WithLibrary((library, _) => library.UploadAsync(Image(11), Described))).Media!;
        var second = (await WithLibrary((library, _) => library.UploadAsync(Image(12), Described))).Media!;
        var inBody = (await WithLibrary((library, _) => library.UploadAsync(Image(13), Described))).Media!;
        async Task<List<MediaUse>> Uses(MediaRecord m) => [.. await WithLibrary((library, _) => library.UsageAsync(m.Path))];

        await Save(TestDocument("media-library-moves", first.Path), publish: true);
        Assert.Equal([new MediaUse("news", "media-library-moves", Published: true)], await Uses(first));

        // A draft with the second cover: the published version still shows the first.
        var draft = TestDocument("media-library-moves", second.Path);
        draft[Cultures.Chinese].Body = $"插图：![图](/{inBody.Path})";
        await Save(draft, publish: false);
        Assert.Equal([new MediaUse("news", "media-library-moves", Published: true)], await Uses(first));
        Assert.Equal([new MediaUse("news", "media-library-moves", Published: false)], await Uses(second));
        Assert.Equal([new MediaUse("news", "media-library-moves", Published: false)], await Uses(inBody));

        // Publishing the draft frees the first cover, and it can be deleted.
        await Save(draft, publish: true);
        Assert.Empty(await Uses(first));
        Assert.Equal([new MediaUse("news", "media-library-moves", Published: true)], await Uses(second));
        Assert.True((await WithLibrary((library, _) => library.DeleteAsync(first.Path))).Succeeded);
        Assert.Contains("used by news/media-library-moves", (await WithLibrary((library, _) => library.DeleteAsync(inBody.Path))).Error);
    }

    [Fact]
    public async Task ADatabaseFromBeforeTheReferencesTable_IsFilledInAtStart()
    {
        var backfill = new ReferencesBackfill(site.Services, TimeProvider.System);
        var use = new MediaUse("heritage", "suzhou-embroidery", Published: true);
        Task<IReadOnlyList<MediaUse>> Uses() => WithLibrary((library, _) => library.UsageAsync("media/suzhou-embroidery.jpg"));

        // The step ran when the site started on the fresh database, and is recorded: a start does not repeat it.
        await WithLibrary(async (_, db) => await db.References.ExecuteDeleteAsync());
        await backfill.StartAsync(CancellationToken.None);
        Assert.Empty(await Uses());

        // A database from before the table has neither rows nor the step.
        await WithLibrary(async (_, db) => await db.DataSteps.ExecuteDeleteAsync());
        await backfill.StartAsync(CancellationToken.None);
        Assert.Contains(use, await Uses());
        Assert.Equal(1, await WithLibrary((_, db) => db.DataSteps.CountAsync()));
    }

    async Task Save(Dictionary<string, Document> variants, bool publish)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "editor", publish, await DatabaseRuleContext.LoadAsync(db));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
    }

    Task SaveDraft(Dictionary<string, Document> draft) => Save(draft, publish: false);

    static Dictionary<string, Document> TestDocument(string slug, string cover, string? videoUrl = null) => new()
    {
        [Cultures.Chinese] = new News
        {
            Title = "媒体库草稿", Slug = slug, Summary = "测试摘要", Body = "正文",
            Tasks = [TaskArea.SmartGreen], Published = DateTimeOffset.Parse("2026-01-01T08:00:00+08:00"),
            Cover = cover, CoverAlt = "图", Syndication = new() { VideoUrl = videoUrl, VideoDuration = videoUrl is null ? null : 60 },
        },
    };
}

public sealed class SqliteMediaLibraryTests(SiteFactory site) : MediaLibraryTests<SiteFactory>(site);

public sealed class PostgresMediaLibraryTests(PostgresSiteFactory site) : MediaLibraryTests<PostgresSiteFactory>(site);
