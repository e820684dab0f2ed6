using System.Net;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>A site with no partner key configured at all: drafts stay closed, published content stays open.</summary>
public sealed class PreviewWithoutKeysTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task Preview_Answers401_WhenTheSiteHasNoKey()
    {
        await ProblemAssert.HasAsync(await client.GetAsync("/api/content/brand/anta?preview=true"), HttpStatusCode.Unauthorized, "needs a key with the content:preview scope");
        // Any key sent is one the site never issued.
        await ProblemAssert.HasAsync(await client.SendAsync(PartnerRequests.Keyed("/api/content/brand/anta?preview=true", "test-preview-key")),
            HttpStatusCode.Unauthorized, "not one this site issued");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content/brand/anta")).StatusCode);
    }
}
