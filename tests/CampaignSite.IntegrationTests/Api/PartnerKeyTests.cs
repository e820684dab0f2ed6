using System.Net;
using CampaignSite.Content.Partners;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Api.PartnerRequests;

namespace CampaignSite.IntegrationTests.Api;

public sealed class PartnerSite : SiteFactory
{
    public const string Reader = "reader-key-0123456789abcdef";
    public const string Previewer = "previewer-key-0123456789abcdef";
    public const string DraftsOnly = "drafts-only-key-0123456789abcdef";
    public const string Slow = "slow-key-0123456789abcdef";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["CampaignSite:Api:PreviewKey"] = "test-preview-key",
        ["CampaignSite:Partners:reader:Key"] = Reader,
        ["CampaignSite:Partners:newsroom:Key"] = Previewer,
        ["CampaignSite:Partners:newsroom:Scopes"] = "content:read, content:preview",
        ["CampaignSite:Partners:drafts:Key"] = DraftsOnly,
        ["CampaignSite:Partners:drafts:Scopes"] = "content:preview",
        ["CampaignSite:Partners:slow:Key"] = Slow,
        ["CampaignSite:Partners:slow:RequestsPerMinute"] = "3",
    };
}

/// <summary>Partner keys on the delivery API: what each scope allows, which keys are refused, and each key's quota.</summary>
public class PartnerKeyTests(PartnerSite site) : IClassFixture<PartnerSite>
{
    const string Draft = "/api/content/brand/anta?preview=true";
    readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AReadKey_CannotPreview_APreviewKeyCan(bool bearer)
    {
        await ProblemAssert.HasAsync(await client.SendAsync(Keyed(Draft, PartnerSite.Reader, bearer)), HttpStatusCode.Forbidden, "does not have the content:preview scope");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed(Draft, PartnerSite.Previewer, bearer))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed(Draft, "test-preview-key", bearer))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed("/api/content/brand/anta", PartnerSite.Reader, bearer))).StatusCode);
    }

    [Fact]
    public async Task APreviewOnlyKey_CannotReadPublishedContent()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed(Draft, PartnerSite.DraftsOnly))).StatusCode);
        await ProblemAssert.HasAsync(await client.SendAsync(Keyed("/api/content?type=brand", PartnerSite.DraftsOnly)), HttpStatusCode.Forbidden, "does not have the content:read scope");
    }

    [Fact]
    public async Task PreviewWithoutAKey_Answers401() =>
        await ProblemAssert.HasAsync(await client.GetAsync(Draft), HttpStatusCode.Unauthorized, "needs a key with the content:preview scope");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AWrongKey_Answers401_EvenWhereNoKeyIsNeeded(bool bearer)
    {
        await ProblemAssert.HasAsync(await client.SendAsync(Keyed("/api/content", "csk_not-a-key-of-this-site", bearer)), HttpStatusCode.Unauthorized, "not one this site issued");
        await ProblemAssert.HasAsync(await client.SendAsync(Keyed(Draft, "csk_not-a-key-of-this-site", bearer)), HttpStatusCode.Unauthorized, "not one this site issued");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnExpiredKey_Answers401(bool bearer)
    {
        string key;
        await using (var scope = site.Services.CreateAsyncScope())
            (key, _) = await scope.ServiceProvider.GetRequiredService<PartnerKeyStore>()
                .CreateAsync("archive", PartnerScopes.Read, 600, DateTime.UtcNow.AddMinutes(-1), "test", default);
        await ProblemAssert.HasAsync(await client.SendAsync(Keyed("/api/content/brand/anta", key, bearer)), HttpStatusCode.Unauthorized, "The API key of archive is expired");
    }

    [Fact]
    public async Task AKeyOverItsQuota_Answers429WithRetryAfter()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed("/api/content?pageSize=1", PartnerSite.Slow, bearer: i == 1))).StatusCode);
        var refused = await client.SendAsync(Keyed("/api/content?pageSize=1", PartnerSite.Slow));
        await ProblemAssert.HasAsync(refused, HttpStatusCode.TooManyRequests, "The key of slow has used its 3 requests of this minute");
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // Other callers have windows of their own.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed("/api/content?pageSize=1", PartnerSite.Reader))).StatusCode);
    }
}
