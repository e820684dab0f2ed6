using System.Net;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media.Imaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Nodes;

/// <summary>Three nodes on one PostgreSQL: what one node commits, every node shows; secrets and schedules are shared.</summary>
public sealed class SeveralNodesTests : IDisposable
{
    readonly PostgresCluster cluster = new();
    public void Dispose() => cluster.Dispose();

    // Far longer than the follower needs (it is woken by NOTIFY, and polls every second); the bench measures the real latency.
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task APublishOnOneNode_ShowsOnTheOthers_PagesFeedsAndSearch()
    {
        var a = cluster.Add();
        var (b, c) = (cluster.Add(), cluster.Add());
        var readers = new[] { b.CreateClient(), c.CreateClient() };
        foreach (var reader in readers)
        {
            // Cached on each node before the change.
            Assert.DoesNotContain("节点发布测试", await reader.GetStringAsync("/news"));
            Assert.DoesNotContain("节点发布测试", await reader.GetStringAsync("/feeds/news/rss.xml"));
        }

        await a.RetitleAsync("news", "china-fashion-week", "节点发布测试：中国国际时装周");

        foreach (var reader in readers)
        {
            Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await reader.GetStringAsync("/news")).Contains("节点发布测试")));
            Assert.Contains("节点发布测试", await reader.GetStringAsync("/feeds/news/rss.xml"));
            Assert.Contains("节点发布测试", await reader.GetStringAsync("/news/china-fashion-week"));
            // Each node's own Lucene index follows the log too (after the cache, in the same pass).
            Assert.NotNull(await Eventually.WithinAsync(Limit, async () =>
                (await reader.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("节点发布测试"))).Contains("china-fashion-week")));
        }
    }

    [Fact]
    public async Task EachChange_ReachesAWebhookOnce_InOrder_WhicheverNodesMakeAndSendIt()
    {
        await using var receiver = await Receiver.StartAsync();
        var hook = new Dictionary<string, string?>
        {
            ["CampaignSite:Webhooks:AllowPrivateTargets"] = "true",
            ["CampaignSite:Webhooks:desk:Url"] = receiver.BaseUrl + "/hook",
            ["CampaignSite:Webhooks:desk:Secret"] = "a-shared-desk-secret",
            ["CampaignSite:Webhooks:desk:Events"] = "content.published",
        };
        var nodes = new[] { cluster.Add(hook), cluster.Add(hook), cluster.Add(hook) };
        for (var i = 0; i < 6; i++) await nodes[i % 3].RetitleAsync("brand", "anta", $"安踏：集群推送{i}");

        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count >= 6)));
        await Task.Delay(1500);
        var posts = receiver.Posts;
        Assert.Equal(6, posts.Select(p => p.Headers["webhook-id"].ToString()).Distinct().Count());
        Assert.Equal(6, posts.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"安踏：集群推送{i}"),
            posts.Select(p => System.Text.Json.JsonDocument.Parse(p.Body).RootElement.GetProperty("data").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task AnUnpublishOnOneNode_TakesThePageOffTheOthers()
    {
        var a = cluster.Add();
        var b = cluster.Add();
        var reader = b.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/brands/anta")).StatusCode);
        await using (var scope = a.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync("brand", "anta"));
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await reader.GetAsync("/brands/anta")).StatusCode == HttpStatusCode.NotFound));
        Assert.DoesNotContain("/brands/anta", await reader.GetStringAsync("/brands"));
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => !(await reader.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("安踏"))).Contains("\"slug\":\"anta\"")));
    }

    [Fact]
    public async Task ADeleteOnOneNode_TakesTheDocumentOutOfEveryNodesSearch()
    {
        var a = cluster.Add();
        var b = cluster.Add();
        var reader = b.CreateClient();
        static async Task<bool> Finds(HttpClient client) => (await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("香云纱"))).Contains("\"slug\":\"xiangyunsha\"");
        Assert.True(await Finds(reader));
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var id = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Documents.Where(d => d.Type == "heritage" && d.Slug == "xiangyunsha").Select(d => d.Id).SingleAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(id, CampaignSite.Data.Changes.ChangeKind.Deleted));
        }
        // The deleting node's editor sees it at once; the other node within the follower's poll.
        Assert.False(await Finds(a.CreateClient()));
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => !await Finds(reader)));
    }

    [Fact]
    public async Task AUrlSignedByOneNode_IsValidOnTheOthers()
    {
        var a = cluster.Add();
        var b = cluster.Add();
        var commands = new ImageCommands { Width = 640, Height = 360, Mode = ResizeMode.Crop, Format = ImageFormat.WebP };
        var signature = a.Services.GetRequiredService<ImageSigner>().Sign("media/suzhou-embroidery.jpg", commands);
        Assert.True(b.Services.GetRequiredService<ImageSigner>().Verify("media/suzhou-embroidery.jpg", commands, signature));
        await using var scope = b.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Secrets.CountAsync(s => s.Name == ImageSigner.SecretName));
    }

    [Fact]
    public async Task ASignInOnOneNode_IsAcceptedByTheOthers()
    {
        var a = cluster.Add();
        var b = cluster.Add();
        var browser = a.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await browser.GetAsync("/backoffice/login");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("campaignsite.af="));
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/backoffice/login")
        {
            Content = new FormUrlEncodedContent([new("email", SiteFactory.AdminEmail), new("password", SiteFactory.AdminPassword), new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await browser.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("campaignsite.auth="));

        var other = new HttpRequestMessage(HttpMethod.Get, "/backoffice");
        other.Headers.Add("Cookie", auth);
        var answer = await b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await using var scope = b.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().AnyAsync());
    }

    [Fact]
    public async Task DueSchedules_RacedByThreeNodes_RunOnceEach_AndShowEverywhere()
    {
        var nodes = new[] { cluster.Add(), cluster.Add(), cluster.Add() };
        var slugs = new[] { "china-fashion-week", "cluster-symposium-2019", "anhui-textile-association" };
        await using (var scope = nodes[0].Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            foreach (var slug in slugs)
            {
                var id = await db.Documents.Where(d => d.Type == "news" && d.Slug == slug).Select(d => d.Id).SingleAsync();
                db.Schedules.Add(new ScheduleRecord { DocumentId = id, Action = ScheduleAction.Unpublish, DueUtc = DateTime.UtcNow.AddMinutes(-1), CreatedBy = "node test", CreatedUtc = DateTime.UtcNow });
            }
            await db.SaveChangesAsync();
        }
        var readers = nodes.Select(n => n.CreateClient()).ToList();
        foreach (var reader in readers) Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/news/china-fashion-week")).StatusCode);

        var ran = await Task.WhenAll(nodes.Concat(nodes).Select(n => Task.Run(() => n.Services.GetRequiredService<ScheduleRunner>().RunDueAsync())));
        Assert.Equal(3, ran.Sum());

        await using (var scope = nodes[1].Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(3, await db.Audit.CountAsync(e => e.Action == "schedule.run"));
            Assert.Equal(3, await db.Changes.CountAsync(c => c.Kind == CampaignSite.Data.Changes.ChangeKind.Unpublished));
        }
        foreach (var reader in readers)
            foreach (var slug in slugs)
                Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await reader.GetAsync($"/news/{slug}")).StatusCode == HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task WhenTheSchedulersLeaseHolderDies_AnotherNodeRunsTheSchedule_AfterTheLeaseRunsOut()
    {
        var node = cluster.Add();
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            // A node that took the lease and was killed before giving it up.
            await db.Leases.Where(l => l.Name == ScheduleRunner.LeaseName).ExecuteDeleteAsync();
            db.Leases.Add(new LeaseRecord { Name = ScheduleRunner.LeaseName, Holder = "killed-node", ExpiresUtc = DateTime.UtcNow.AddSeconds(3) });
            var id = await db.Documents.Where(d => d.Type == "news" && d.Slug == "china-fashion-week").Select(d => d.Id).SingleAsync();
            db.Schedules.Add(new ScheduleRecord { DocumentId = id, Action = ScheduleAction.Unpublish, DueUtc = DateTime.UtcNow.AddMinutes(-1), CreatedBy = "node test", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var runner = node.Services.GetRequiredService<ScheduleRunner>();
        Assert.Equal(0, await runner.RunDueAsync());
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => await runner.RunDueAsync() == 1));
        Assert.Equal(0, await runner.RunDueAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await node.CreateClient().GetAsync("/news/china-fashion-week")).StatusCode);
    }

    [Fact]
    public async Task WithTheDatabaseAway_CachedPagesAnswer_TheRestSay503_AndTheNodeRecoversByItself()
    {
        var node = cluster.Add();
        var client = node.CreateClient();
        var cached = await client.GetStringAsync("/brands");
        try
        {
            cluster.Reachable(false);
            Assert.Equal(cached, await client.GetStringAsync("/brands"));
            foreach (var path in new[] { "/technologies", "/news/china-fashion-week", "/api/content?type=news", "/search?q=%E8%8B%8F%E7%BB%A3" })
            {
                var away = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(DatabaseErrors.RetryAfterSeconds), away.Headers.RetryAfter?.Delta);
                var html = await away.Content.ReadAsStringAsync();
                Assert.Contains("网站暂时无法访问", html);
                Assert.DoesNotContain("Exception", html);
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        }
        finally { cluster.Reachable(true); }
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await client.GetAsync("/technologies")).StatusCode == HttpStatusCode.OK));
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK));
    }
}

/// <summary>Wrong passwords count once for the whole cluster: a guesser gains nothing by being sent to another node, and an unlock holds on all.</summary>
public sealed class SignInAcrossNodesTests : IDisposable
{
    readonly PostgresCluster cluster = new();
    public void Dispose() => cluster.Dispose();

    static Dictionary<string, string[]> Form(string email, string password) => new() { ["email"] = [email], ["password"] = [password] };

    [Fact]
    public async Task WrongPasswordsOnOneNode_MakeTheNextTryWaitOnAnother_AndAnUnlockOnAThirdLiftsIt()
    {
        var (a, b, c) = (cluster.Add(), cluster.Add(), cluster.Add());
        var writer = await (await Backoffice.EditorSession.AdminAsync(a)).CreateAccountAsync("Writer");
        var (_, home) = await writer.GetAsync("/backoffice");
        var email = System.Text.RegularExpressions.Regex.Match(home, @"Signed in as ([^ ]+@campaign\.test)").Groups[1].Value;
        var guesserOnA = new Backoffice.EditorSession(a);
        for (var i = 0; i < 5; i++) await guesserOnA.PostAsync("/backoffice/login", Form(email, "Wrong-Passw0rd"));
        // Seven more wrong passwords on node a, each counted after its wait, as a patient guesser sends them: the next try waits 2^8 seconds.
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var throttle = scope.ServiceProvider.GetRequiredService<CampaignSite.Backoffice.Security.SignInThrottle>();
            for (var i = 0; i < 7; i++) await throttle.FailAsync("203.0.113.40", email);
        }

        var onB = await new Backoffice.EditorSession(b).PostAsync("/backoffice/login", Form(email, "Passw0rd-Long"));
        Assert.Equal(HttpStatusCode.TooManyRequests, onB.StatusCode);
        Assert.True(onB.Headers.RetryAfter!.Delta > TimeSpan.FromMinutes(4));

        var admin = await Backoffice.EditorSession.AdminAsync(c);
        string id;
        await using (var scope = c.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.SingleAsync(u => u.Email == email)).Id;
        Assert.Contains("name=\"unlock\"", (await admin.GetAsync($"/backoffice/accounts/{id}")).Html);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/backoffice/accounts/{id}", new() { ["name"] = ["Writer"], ["role"] = ["Writer"], ["unlock"] = ["true"] })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new Backoffice.EditorSession(b).PostAsync("/backoffice/login", Form(email, "Passw0rd-Long"))).StatusCode);
    }
}
