using System.Net;
using static CampaignSite.IntegrationTests.Api.PartnerRequests;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>The delivery API without a key (or with a wrong one): CampaignSite:Api:AnonymousRequestsPerMinute per address, then 429.</summary>
public class ApiLimitTests(ApiLimitTests.LimitedSite site) : IClassFixture<ApiLimitTests.LimitedSite>
{
    public sealed class LimitedSite : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["CampaignSite:Api:AnonymousRequestsPerMinute"] = "3",
            ["CampaignSite:Partners:reader:Key"] = PartnerSite.Reader,
        };
    }

    [Fact]
    public async Task AnonymousRequestsOverTheLimit_Answer429WithRetryAfter_AKeyGoesOn()
    {
        var client = site.CreateClient();
        // Found or not, every answer counts.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content?pageSize=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/content/brand/no-such-brand")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content/brand/anta")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/content/brand/anta");
        request.Headers.Add("Origin", "https://partner.example");
        var refused = await client.SendAsync(request);
        await ProblemAssert.HasAsync(refused, HttpStatusCode.TooManyRequests, "Too many API requests from your address");
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // A partner's web page may read why, and when to try again.
        Assert.Equal("*", refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", refused.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed("/api/content/brand/anta", PartnerSite.Reader))).StatusCode);
        // Guessing keys is limited like reading without one.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Keyed("/api/content", "csk_a-guess"))).StatusCode);
    }
}
