using System.Net;
using static CampaignSite.IntegrationTests.Api.PartnerRequests;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>Keys from CampaignSite:Partners: configuration wins on every start, and a key taken out of it stops working.</summary>
public sealed class PartnerSeedingTests : IDisposable
{
    const string Kept = "kept-partner-key-0123456789", Dropped = "dropped-partner-key-0123456789";
    readonly string data = Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N"));

    sealed class ConfiguredSite(string dataPath, Dictionary<string, string?> settings) : SiteFactory(dataPath)
    {
        protected override Dictionary<string, string?> Settings => settings;
    }

    [Fact]
    public async Task ARestartWithoutAKey_RevokesIt_AndChangedScopesApply()
    {
        using (var first = new ConfiguredSite(data, new()
               {
                   ["CampaignSite:Partners:tv:Key"] = Kept, ["CampaignSite:Partners:radio:Key"] = Dropped,
               }) { KeepData = true })
        {
            var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Keyed("/api/content", Dropped))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Keyed("/api/content/brand/anta?preview=true", Kept))).StatusCode);
        }
        using var second = new ConfiguredSite(data, new()
        {
            ["CampaignSite:Partners:tv:Key"] = Kept, ["CampaignSite:Partners:tv:Scopes"] = "content:read content:preview",
        });
        var again = second.CreateClient();
        await ProblemAssert.HasAsync(await again.SendAsync(Keyed("/api/content", Dropped)), HttpStatusCode.Unauthorized, "The API key of radio is revoked");
        Assert.Equal(HttpStatusCode.OK, (await again.SendAsync(Keyed("/api/content/brand/anta?preview=true", Kept, bearer: true))).StatusCode);
    }

    public void Dispose()
    {
        try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
