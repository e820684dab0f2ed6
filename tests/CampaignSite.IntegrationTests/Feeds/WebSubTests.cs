using System.Net;
using System.Security.Cryptography;
using System.Text;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Feeds;

/// <summary>The WebSub hub as a feed reader uses it: discovery, subscribe with verification, signed pushes on publish, unsubscribe, leases.</summary>
public sealed class WebSubTests
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    const string Topic = "http://localhost/feeds/brands/rss.xml";

    sealed class HubSite(bool allowPrivate = true) : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["CampaignSite:WebSub:AllowPrivateTargets"] = allowPrivate ? "true" : "false",
            ["CampaignSite:WebSub:RetryDelay"] = "00:00:00.200",
        };
    }

    static Task<HttpResponseMessage> AskAsync(HttpClient client, params (string Key, string Value)[] fields) =>
        client.PostAsync("/websub", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    static async Task<List<SubscriptionRecord>> SubscriptionsAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Subscriptions.AsNoTracking().ToListAsync();
    }

    [Theory]
    [InlineData("/feeds/brands/rss.xml", "<atom:link href=\"http://localhost/websub\" rel=\"hub\" />")]
    [InlineData("/feeds/tags/%E4%B8%9D%E7%BB%B8/atom.xml", "<link rel=\"hub\" href=\"http://localhost/websub\" />")]
    [InlineData("/en/feeds/tasks/opening-up/feed.json", "\"hubs\": [")]
    public async Task EveryFeed_NamesTheHub_InItsBodyAndItsLinkHeader(string path, string mark)
    {
        using var site = new HubSite();
        var response = await site.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mark, await response.Content.ReadAsStringAsync());
        var link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("<http://localhost/websub>; rel=\"hub\"", link);
        Assert.Contains($"<http://localhost{path}>; rel=\"self\"", link);
    }

    [Fact]
    public async Task ASubscriber_IsVerified_ReceivesTheSignedFeedOnPublish_AndStopsAfterUnsubscribing()
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new HubSite();
        var client = site.CreateClient();
        var callback = receiver.BaseUrl + "/websub/brands?reader=7";

        var asked = await AskAsync(client, ("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", callback), ("hub.secret", "a-reader-secret"), ("hub.lease_seconds", "3600"));
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await SubscriptionsAsync(site)).Count == 1));
        var verification = receiver.Requests.Single();
        Assert.Equal("GET", verification.Method);
        Assert.Equal("7", verification.Query["reader"]);
        Assert.Equal("subscribe", verification.Query["hub.mode"]);
        Assert.Equal(Topic, verification.Query["hub.topic"]);
        Assert.Equal("3600", verification.Query["hub.lease_seconds"]);
        Assert.False(string.IsNullOrEmpty(verification.Query["hub.challenge"]));
        var subscription = (await SubscriptionsAsync(site)).Single();
        Assert.InRange(subscription.ExpiresUtc, DateTime.UtcNow.AddSeconds(3500), DateTime.UtcNow.AddSeconds(3700));

        await site.RetitleAsync("brand", "anta", "安踏：订阅推送");
        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count >= 1)));
        var push = receiver.Posts.Single();
        Assert.Contains("安踏：订阅推送", push.Body);
        Assert.StartsWith("application/rss+xml", push.Headers.ContentType.ToString());
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("a-reader-secret"), Encoding.UTF8.GetBytes(push.Body)));
        Assert.Equal(expected, push.Headers["X-Hub-Signature"].ToString());
        Assert.Contains($"<{Topic}>; rel=\"self\"", push.Headers["Link"].ToString());
        Assert.Contains("<http://localhost/websub>; rel=\"hub\"", push.Headers["Link"].ToString());

        // A change that leaves this feed as it was sends nothing.
        await site.RetitleAsync("news", "china-fashion-week", "中国国际时装周：新闻标题");
        await Task.Delay(1500);
        Assert.Single(receiver.Posts);

        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(client, ("hub.mode", "unsubscribe"), ("hub.topic", Topic), ("hub.callback", callback))).StatusCode);
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await SubscriptionsAsync(site)).Count == 0));
        Assert.Equal("unsubscribe", receiver.Requests.Last(r => r.Method == "GET").Query["hub.mode"]);
        await site.RetitleAsync("brand", "anta", "安踏：退订之后");
        await Task.Delay(1500);
        Assert.Single(receiver.Posts);
    }

    [Fact]
    public async Task ACallbackThatDoesNotEchoTheChallenge_IsNotSubscribed()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = (_, _) => Task.FromResult<IResult?>(Results.Text("no"));
        using var site = new HubSite();
        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(site.CreateClient(), ("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", receiver.BaseUrl + "/cb"))).StatusCode);
        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Requests.Count == 1)));
        await Task.Delay(500);
        Assert.Empty(await SubscriptionsAsync(site));
    }

    [Fact]
    public async Task ALease_Lapses()
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new HubSite();
        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(site.CreateClient(), ("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", receiver.BaseUrl + "/cb"), ("hub.lease_seconds", "1"))).StatusCode);
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await SubscriptionsAsync(site)).Count == 1));
        await Task.Delay(1500);
        await site.RetitleAsync("brand", "anta", "安踏：租期之后");
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await SubscriptionsAsync(site)).Count == 0));
        await Task.Delay(500);
        Assert.Empty(receiver.Posts);
    }

    [Theory]
    [InlineData("subscribe", "https://example.com/feed.xml", "not one of this site's feeds")]
    [InlineData("subscribe", "http://localhost/brands", "not one of this site's feeds")]
    [InlineData("subscribe", "http://localhost/feeds/brands/rss.xml?page=2", "not one of this site's feeds")]
    [InlineData("subscribe", "http://localhost/feeds/nothing.xml", "not one of this site's feeds")]
    [InlineData("publish", Topic, "hub.mode must be subscribe or unsubscribe")]
    public async Task ABadRequest_IsRefusedWithTheReason(string mode, string topic, string reason)
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new HubSite();
        var response = await AskAsync(site.CreateClient(), ("hub.mode", mode), ("hub.topic", topic), ("hub.callback", receiver.BaseUrl + "/cb"));
        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, reason);
        await Task.Delay(300);
        Assert.Empty(receiver.Requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/cb")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.1.2.3/cb")]
    [InlineData("ftp://example.com/cb")]
    public async Task ACallbackOnAPrivateAddress_IsRefused(string callback)
    {
        using var site = new HubSite(allowPrivate: false);
        var response = await AskAsync(site.CreateClient(), ("hub.mode", "subscribe"), ("hub.topic", Topic), ("hub.callback", callback));
        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "hub.callback");
    }
}
