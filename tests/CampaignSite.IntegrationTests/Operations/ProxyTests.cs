using System.Net;

namespace CampaignSite.IntegrationTests.Operations;

/// <summary>
/// Behind a configured proxy (here 127.0.0.1, where Kestrel sees every test request come from) the
/// rate limits count each client the proxy forwards for; the same headers from any other address are
/// ignored, and everyone behind it shares the connection's address.
/// </summary>
public sealed class ProxyTests
{
    static Dictionary<string, string?> Limits(string proxySetting, string value) => new()
    {
        [proxySetting] = value, ["CampaignSite:Search:RequestsPer10Seconds"] = "2", ["CampaignSite:Api:AnonymousRequestsPerMinute"] = "2",
    };

    [Theory]
    [InlineData("/api/search?q=丝绸")]
    [InlineData("/search?q=丝绸")]
    [InlineData("/api/content/brand/anta")]
    public async Task FromAConfiguredProxy_EachForwardedClientHasItsOwnLimit(string path)
    {
        using var site = new KestrelSite(Limits("CampaignSite:Proxy:KnownProxies", "127.0.0.1"));
        var first = site.Client("203.0.113.1");
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(path)).StatusCode);
        var refused = await first.GetAsync(path);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await site.Client("203.0.113.2").GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=丝绸")]
    [InlineData("/api/content/brand/anta")]
    public async Task FromAnAddressNoSettingNames_ForwardedHeadersAreIgnored_SoOneLimitForAll(string path)
    {
        // A proxy network is configured, but the requests come from 127.0.0.1, outside it.
        using var site = new KestrelSite(Limits("CampaignSite:Proxy:KnownNetworks", "10.0.0.0/8"));
        Assert.Equal(HttpStatusCode.OK, (await site.Client("203.0.113.1").GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Client("203.0.113.2").GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await site.Client("203.0.113.3").GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AConfiguredProxy_SaysTheSchemeAndTheHost()
    {
        using var site = new KestrelSite(new() { ["CampaignSite:Proxy:KnownNetworks"] = "127.0.0.0/8" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "campaign.example.cn");
        using var response = await site.Client("203.0.113.1").SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://campaign.example.cn/backoffice/login", response.Headers.Location!.ToString());
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }
}
