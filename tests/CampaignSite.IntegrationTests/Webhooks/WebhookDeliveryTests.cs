using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Webhooks;

/// <summary>Webhooks as a partner's receiver sees them: signed by the specification, retried, in order, and delivered after a crash.</summary>
public sealed class WebhookDeliveryTests
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>The Standard Webhooks check, written from the specification: HMAC-SHA256 over id.timestamp.body with the base64 secret after whsec_.</summary>
    static bool SignatureHolds(Received r, string secret)
    {
        var signed = $"{r.Headers["webhook-id"]}.{r.Headers["webhook-timestamp"]}.{r.Body}";
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes(signed)));
        return r.Headers["webhook-signature"].ToString().Split(' ').Any(s => s == "v1," + expected);
    }

    [Fact]
    public async Task APublish_ReachesTheReceiver_SignedByTheSpecification()
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new WebhookSite(receiver.BaseUrl);
        await site.RetitleAsync("brand", "anta", "安踏：推送测试");

        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count >= 1)));
        var post = receiver.Posts[0];
        Assert.Equal("/hooks/campaign", post.Path);
        Assert.StartsWith("msg_", post.Headers["webhook-id"].ToString());
        var timestamp = long.Parse(post.Headers["webhook-timestamp"]!);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp, -5, 60);
        Assert.True(SignatureHolds(post, WebhookSite.Secret), "the signature does not verify");
        Assert.False(SignatureHolds(post with { Body = post.Body.Replace("推送测试", "篡改") }, WebhookSite.Secret), "a changed body still verifies");
        Assert.StartsWith("application/json", post.Headers.ContentType.ToString());

        using var json = JsonDocument.Parse(post.Body);
        Assert.Equal("content.published", json.RootElement.GetProperty("type").GetString());
        Assert.True(DateTime.TryParse(json.RootElement.GetProperty("timestamp").GetString(), out _));
        var data = json.RootElement.GetProperty("data");
        Assert.Equal("brand", data.GetProperty("type").GetString());
        Assert.Equal("anta", data.GetProperty("slug").GetString());
        Assert.Equal("https://fzfz.example.cn/brands/anta", data.GetProperty("url").GetString());
        Assert.Equal("安踏：推送测试", data.GetProperty("title").GetString());
        Assert.True(data.GetProperty("version").GetInt32() >= 2);
        Assert.Contains("zh-CN", data.GetProperty("cultures").EnumerateArray().Select(c => c.GetString()));
        Assert.False(data.TryGetProperty("previousSlug", out _));
    }

    [Fact]
    public async Task AFailedDelivery_IsRetried_WithTheSameId_UntilItSucceeds()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = (_, before) => Task.FromResult<IResult?>(before < 2 ? Results.StatusCode(500) : null);
        using var site = new WebhookSite(receiver.BaseUrl);
        await site.RetitleAsync("brand", "anta", "安踏：重试测试");

        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count >= 3)));
        var ids = receiver.Posts.Select(p => p.Headers["webhook-id"].ToString()).Distinct().ToList();
        Assert.Single(ids);
        Assert.All(receiver.Posts, p => Assert.True(SignatureHolds(p, WebhookSite.Secret)));
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await site.DeliveriesAsync()).Single().State == DeliveryState.Delivered));
        var delivery = (await site.DeliveriesAsync()).Single();
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal("500 500 200", delivery.Responses);
        await Task.Delay(500);
        Assert.Equal(3, receiver.Posts.Count);
    }

    [Fact]
    public async Task OneDocumentsEvents_ArriveInTheOrderTheyHappened_EvenWhenTheFirstFails()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = (_, before) => Task.FromResult<IResult?>(before == 0 ? Results.StatusCode(503) : null);
        using var site = new WebhookSite(receiver.BaseUrl);
        await site.RetitleAsync("brand", "anta", "安踏：第一次");
        await site.RetitleAsync("brand", "anta", "安踏：第二次");
        await site.RetitleAsync("brand", "anta", "安踏：第三次");

        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count >= 4)));
        var titles = receiver.Posts.Select(p => JsonDocument.Parse(p.Body).RootElement.GetProperty("data").GetProperty("title").GetString()).ToList();
        Assert.Equal(["安踏：第一次", "安踏：第一次", "安踏：第二次", "安踏：第三次"], titles);
    }

    [Fact]
    public async Task ASiteStoppedMidDelivery_DeliversAgainAfterRestart_WithTheSameId()
    {
        await using var receiver = await Receiver.StartAsync();
        var first = new TaskCompletionSource();
        receiver.Answer = async (_, before) =>
        {
            if (before > 0) return null;
            first.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30)); // the site goes away while this delivery waits for its answer
            return null;
        };
        var dataPath = Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N"));
        var before = new WebhookSite(receiver.BaseUrl, dataPath: dataPath) { KeepData = true };
        await before.RetitleAsync("brand", "anta", "安踏：中断测试");
        await first.Task.WaitAsync(Limit);
        before.Dispose();

        using var after = new WebhookSite(receiver.BaseUrl, dataPath: dataPath);
        _ = after.Server;
        Assert.NotNull(await Eventually.WithinAsync(TimeSpan.FromSeconds(40), () => Task.FromResult(receiver.Posts.Count >= 2)));
        Assert.Equal(receiver.Posts[0].Headers["webhook-id"].ToString(), receiver.Posts[1].Headers["webhook-id"].ToString());
        Assert.Equal(receiver.Posts[0].Body, receiver.Posts[1].Body);
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await after.DeliveriesAsync()).Single().State == DeliveryState.Delivered));
    }

    [Fact]
    public async Task AnEndpointOnAPrivateAddress_IsRefused_UnlessAllowed()
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new WebhookSite(receiver.BaseUrl, new() { ["CampaignSite:Webhooks:AllowPrivateTargets"] = "false" });
        await site.RetitleAsync("brand", "anta", "安踏：私网测试");

        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await site.DeliveriesAsync()).FirstOrDefault() is { Attempts: > 0 }));
        var delivery = (await site.DeliveriesAsync()).Single();
        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.StartsWith("error", delivery.Responses);
        Assert.Contains("public addresses", delivery.LastError);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task ARedirect_IsNotFollowed_AndCountsAsAFailure()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = (r, _) => Task.FromResult<IResult?>(r.Path == "/hooks/campaign" ? Results.Redirect(receiver.BaseUrl + "/elsewhere") : null);
        using var site = new WebhookSite(receiver.BaseUrl, new() { ["CampaignSite:Webhooks:RetryDelay"] = "01:00:00" });
        await site.RetitleAsync("brand", "anta", "安踏：重定向测试");

        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await site.DeliveriesAsync()).FirstOrDefault() is { Attempts: > 0 }));
        var delivery = (await site.DeliveriesAsync()).Single();
        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.Equal("302", delivery.Responses);
        Assert.DoesNotContain(receiver.Requests, r => r.Path == "/elsewhere");
    }

    [Fact]
    public async Task FinishedDeliveries_AreKeptAWeek_ThenDropped()
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new WebhookSite(receiver.BaseUrl);
        await site.RetitleAsync("brand", "anta", "安踏：保留测试");
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () => (await site.DeliveriesAsync()).SingleOrDefault()?.State == DeliveryState.Delivered));
        var worker = site.Services.GetRequiredService<CampaignSite.Content.Outbound.DeliveryWorker>();
        Assert.Equal(0, await worker.DropFinishedAsync());
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Deliveries
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.DoneUtc, DateTime.UtcNow.AddDays(-8)));
        Assert.Equal(1, await worker.DropFinishedAsync());
        Assert.Empty(await site.DeliveriesAsync());
    }
}
