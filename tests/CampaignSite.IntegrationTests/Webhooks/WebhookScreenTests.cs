using System.Net;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Backoffice;
using CampaignSite.IntegrationTests.Nodes;
using CampaignSite.Content.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Webhooks;

/// <summary>/backoffice/webhooks as an administrator uses it: register, see deliveries, send again, and an endpoint switched off after failures.</summary>
public sealed class WebhookScreenTests
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    static Dictionary<string, string[]> Form(string name, string url, string secret = "") => new()
    {
        ["name"] = [name], ["url"] = [url], ["secret"] = [secret], ["events"] = ["content.published"], ["type"] = ["brand"], ["task"] = [""], ["culture"] = [""],
    };

    [Fact]
    public async Task AnAdministrator_RegistersAnEndpoint_SeesItsDeliveries_AndSendsOneAgain()
    {
        await using var receiver = await Receiver.StartAsync();
        using var site = new WebhookSite(receiver.BaseUrl);
        var admin = await EditorSession.AdminAsync(site);
        var added = await admin.PostAsync("/backoffice/webhooks?handler=add", Form("partner-desk", receiver.BaseUrl + "/desk"), "/backoffice/webhooks");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var html = await added.Content.ReadAsStringAsync();
        Assert.Contains("Registered partner-desk", html);
        // Razor writes + as &#x2B;; the secret is what the administrator reads.
        Assert.Matches("<code>whsec_[A-Za-z0-9+/=]{32}</code>", WebUtility.HtmlDecode(html));

        // Type filter: a news change does not go to this endpoint, a brand change does.
        await site.RetitleAsync("news", "china-fashion-week", "时装周：筛选测试");
        await site.RetitleAsync("brand", "anta", "安踏：后台测试");
        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count(p => p.Path == "/desk") >= 1)));
        await Task.Delay(500);
        Assert.Single(receiver.Posts, p => p.Path == "/desk");
        Assert.Contains("安踏：后台测试", receiver.Posts.Single(p => p.Path == "/desk").Body);

        var (_, page) = await admin.GetAsync("/backoffice/webhooks");
        Assert.Contains("partner-desk", page);
        Assert.Contains("content.published", page);
        Assert.Contains("delivered", page);
        var delivery = (await site.DeliveriesAsync()).Last(d => d.State == DeliveryState.Delivered);
        var again = await admin.PostAsync($"/backoffice/webhooks?handler=redeliver&id={delivery.Id}", [], "/backoffice/webhooks");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Count(p => p.Headers["webhook-id"] == delivery.MessageId) == 2)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook", "loopback, private, link-local or metadata address")]
    [InlineData("http://169.254.169.254/latest", "loopback, private, link-local or metadata address")]
    [InlineData("http://192.168.1.20/hook", "loopback, private, link-local or metadata address")]
    [InlineData("http://[::1]/hook", "loopback, private, link-local or metadata address")]
    [InlineData("javascript:alert(1)", "absolute http:// or https:// URL")]
    [InlineData("", "absolute http:// or https:// URL")]
    public async Task APrivateOrWrongUrl_IsRefusedWithAMessage_AndTheFormKeepsWhatWasTyped(string url, string message)
    {
        using var site = new WebhookSite("http://127.0.0.1:9", new() { ["CampaignSite:Webhooks:AllowPrivateTargets"] = "false" });
        var admin = await EditorSession.AdminAsync(site);
        var response = await admin.PostAsync("/backoffice/webhooks?handler=add", Form("kept-name", url), "/backoffice/webhooks");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html);
        Assert.Contains("value=\"kept-name\"", html);
    }

    [Fact]
    public async Task AnEndpointThatFailsFiftyTimesInARow_IsSwitchedOff_WithANotice()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = (_, _) => Task.FromResult<IResult?>(Results.StatusCode(500));
        using var site = new WebhookSite(receiver.BaseUrl, new() { ["CampaignSite:Webhooks:RetryDelay"] = "01:00:00" });
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Webhooks.ExecuteUpdateAsync(u => u.SetProperty(w => w.ConsecutiveFailures, WebhookChannel.DisableAfter - 1));
        await site.RetitleAsync("brand", "anta", "安踏：失败测试");
        Assert.NotNull(await Eventually.WithinAsync(Limit, async () =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            return !(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Webhooks.SingleAsync()).Enabled;
        }));
        var admin = await EditorSession.AdminAsync(site);
        var (_, page) = await admin.GetAsync("/backoffice/webhooks");
        Assert.Contains("newsroom is switched off", page);
        Assert.Contains("The receiver answered 500", page);

        // Switched off, it gets nothing more; switched on, the next change goes out again.
        await site.RetitleAsync("brand", "anta", "安踏：关闭之后");
        await Task.Delay(1500);
        Assert.Single(receiver.Posts);
        var id = (await site.DeliveriesAsync()).First().TargetId;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/backoffice/webhooks?handler=enable&id={id}", [], "/backoffice/webhooks")).StatusCode);
        await site.RetitleAsync("brand", "anta", "安踏：重新打开");
        Assert.NotNull(await Eventually.WithinAsync(Limit, () => Task.FromResult(receiver.Posts.Any(p => p.Body.Contains("安踏：重新打开")))));
    }

    [Fact]
    public async Task OnlyAdministrators_SeeThePage()
    {
        using var site = new WebhookSite("http://127.0.0.1:9");
        var admin = await EditorSession.AdminAsync(site);
        var editor = await admin.CreateAccountAsync("Editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/backoffice/webhooks")).Status);
        var anonymous = site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/backoffice/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostAsync("/backoffice/webhooks?handler=add", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/backoffice/webhooks?handler=add", Form("x", "https://example.com/"), "/backoffice")).StatusCode);
    }
}
