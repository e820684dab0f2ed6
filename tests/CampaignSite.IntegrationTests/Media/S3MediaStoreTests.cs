using System.Net;
using System.Net.Http.Headers;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Nodes;
using CampaignSite.Media;
using CampaignSite.Media.Imaging;
using CampaignSite.Tests.Media;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Media;

/// <summary>CampaignSite:Media:Storage = S3 against a real S3-protocol server: import, serving, uploads, delete, export, several nodes.</summary>
public sealed class S3MediaStoreTests(S3SiteFactory site) : IClassFixture<S3SiteFactory>
{
    readonly HttpClient client = site.CreateClient();

    static readonly MediaUpload Described = new("丝绸.jpg", "丝绸样品", "A silk sample", 0.5, 0.5, "editor@example.cn");

    [Fact]
    public async Task TheSeedImport_PutsEveryFileInTheBucket_AndNothingInTheDataFolder()
    {
        _ = site.Server;
        var keys = await S3Store.KeysAsync(site.Bucket);
        var files = Directory.GetFiles(Path.Combine(Repo.ContentExport, "media")).Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.Equal(files, keys.Order().ToList());
        Assert.False(Directory.Exists(Path.Combine(site.DataPath, "media")));
    }

    [Fact]
    public async Task Originals_AreServedFromTheBucket_WithHeadRangesAndETags()
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(Repo.ContentExport, "media", "suzhou-embroidery.jpg"));
        var response = await client.GetAsync("/media/suzhou-embroidery.jpg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/media/suzhou-embroidery.jpg"));
        Assert.Equal(expected.Length, head.Content.Headers.ContentLength);

        var ranged = new HttpRequestMessage(HttpMethod.Get, "/media/suzhou-embroidery.jpg");
        ranged.Headers.Range = new RangeHeaderValue(10, 19);
        var part = await client.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(expected[10..20], await part.Content.ReadAsByteArrayAsync());

        var again = new HttpRequestMessage(HttpMethod.Get, "/media/suzhou-embroidery.jpg");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Presets_AreMadeFromTheBucketsOriginal()
    {
        var response = await client.GetAsync("/media/xiangyunsha.jpg?preset=card&format=webp");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUpload_GoesToTheBucket_AndADelete_TakesItOut()
    {
        TestImages.Start();
        var bytes = TestImages.Plain(90, 60, ImageFormat.Jpeg, [120, 40, 200]);
        MediaRecord uploaded;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().UploadAsync(bytes, Described);
            Assert.True(result.Succeeded, result.Error);
            uploaded = result.Media!;
        }
        var name = uploaded.Path["media/".Length..];
        Assert.Contains(name, await S3Store.KeysAsync(site.Bucket));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + uploaded.Path)).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<MediaLibrary>().DeleteAsync(uploaded.Path)).Succeeded);
        Assert.DoesNotContain(name, await S3Store.KeysAsync(site.Bucket));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + uploaded.Path)).StatusCode);
    }

    [Fact]
    public async Task Export_ReadsTheFilesBackFromTheBucket()
    {
        var dir = Directory.CreateTempSubdirectory("campaignsite-s3-export").FullName;
        try
        {
            await using (var scope = site.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<CampaignSite.Content.Files.ContentExporter>().ExportAsync(dir, TextWriter.Null);
            foreach (var file in Directory.GetFiles(Path.Combine(Repo.ContentExport, "media")))
                Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(Path.Combine(dir, "media", Path.GetFileName(file))));
        }
        finally { Directory.Delete(dir, true); }
    }
}

/// <summary>Media written through one node is served by the others, from the shared bucket.</summary>
public sealed class S3SeveralNodesTests : IDisposable
{
    readonly PostgresCluster cluster = new();
    readonly string bucket = S3Store.NewBucket();
    public void Dispose() => cluster.Dispose();

    [Fact]
    public async Task AnImageUploadedOnOneNode_IsServedByTheOthers()
    {
        var a = cluster.Add(S3Store.Settings(bucket));
        var b = cluster.Add(S3Store.Settings(bucket));
        TestImages.Start();
        var bytes = TestImages.Plain(120, 80, ImageFormat.Jpeg, [30, 160, 90]);
        string path;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().UploadAsync(bytes, new("节点.jpg", "节点图片", "A node's picture", 0.5, 0.5, "editor"));
            Assert.True(result.Succeeded, result.Error);
            path = result.Media!.Path;
        }
        var reader = b.CreateClient();
        var original = await reader.GetAsync("/" + path);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/{path}?preset=cover-1-1")).StatusCode);
        // A seed cover imported by the first node, and a URL the first node signed.
        var srcset = System.Text.RegularExpressions.Regex.Match(await a.CreateClient().GetStringAsync("/heritage/suzhou-embroidery"), "srcset=\"(/media/[^ \"]+hmac=[^ \"]+)").Groups[1].Value;
        Assert.StartsWith("/media/", srcset);
        var signed = await reader.GetAsync(System.Net.WebUtility.HtmlDecode(srcset));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
    }
}

/// <summary>The bucket's server goes away while the site runs: copies already on the node still serve, the rest answer 503.</summary>
public sealed class S3OutageTests
{
    [Fact]
    public async Task WithTheStoreAway_FetchedOriginalsServe_TheRestAnswer503WithRetryAfter()
    {
        var s3rver = Environment.GetEnvironmentVariable("CAMPAIGNSITE_TEST_S3RVER")
            ?? throw new InvalidOperationException("CAMPAIGNSITE_TEST_S3RVER is not set: run ./test.sh, which installs s3rver.");
        var folder = Directory.CreateTempSubdirectory("campaignsite-s3-outage").FullName;
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", [s3rver, "-d", folder, "-p", port.ToString(), "-a", "127.0.0.1", "--silent"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        try
        {
            var url = $"http://127.0.0.1:{port}";
            Assert.NotNull(await Eventually.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            {
                try { using var tcp = new System.Net.Sockets.TcpClient(); await tcp.ConnectAsync(IPAddress.Loopback, port); return true; }
                catch (System.Net.Sockets.SocketException) { return false; }
            }));
            var bucket = S3Store.NewBucket(url);
            using var site = new Node(Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N")), S3Store.Settings(bucket, url)).Started();
            var client = site.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/suzhou-embroidery.jpg")).StatusCode);
            TestImages.Start();
            string uploaded;
            await using (var scope = site.Services.CreateAsyncScope())
                uploaded = (await scope.ServiceProvider.GetRequiredService<MediaLibrary>().UploadAsync(
                    TestImages.Plain(70, 50, ImageFormat.Jpeg, [10, 20, 30]), new("离线.jpg", "离线测试", "Outage test", 0.5, 0.5, "editor"))).Media!.Path;

            server.Kill();
            await server.WaitForExitAsync();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/suzhou-embroidery.jpg")).StatusCode);
            var away = await client.GetAsync("/" + uploaded);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), away.Headers.RetryAfter?.Delta);
        }
        finally
        {
            if (!server.HasExited) server.Kill();
            Directory.Delete(folder, true);
        }
    }
}
