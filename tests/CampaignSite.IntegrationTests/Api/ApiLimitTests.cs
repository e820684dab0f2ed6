using System.Net;
using static CampaignSite.IntegrationTests.Api.PartnerRequests;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>The delivery API without a key: CampaignSite:Api:AnonymousRequestsPerMinute per address, then 429.</summary>
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
        var refused = await client.GetAsync("/api/content/brand/anta");
        await ProblemAssert.HasAsync(refused, HttpStatusCode.TooManyRequests, "Too many API requests from your address");
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed("/api/content/brand/anta", PartnerSite.Reader))).StatusCode);
    }
}
