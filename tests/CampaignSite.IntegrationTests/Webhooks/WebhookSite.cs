using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Webhooks;

/// <summary>The site with one configured webhook to a receiver on loopback (allowed), quick retries, and a public base URL.</summary>
public sealed class WebhookSite(string receiverUrl, Dictionary<string, string?>? extra = null, string? dataPath = null)
    : SiteFactory(dataPath ?? Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N")))
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["CampaignSite:PublicBaseUrl"] = "https://fzfz.example.cn",
                ["CampaignSite:Webhooks:RetryDelay"] = "00:00:00.200",
                ["CampaignSite:Webhooks:AllowPrivateTargets"] = "true",
                ["CampaignSite:Webhooks:newsroom:Url"] = receiverUrl + "/hooks/campaign",
                ["CampaignSite:Webhooks:newsroom:Secret"] = Secret,
                ["CampaignSite:Webhooks:newsroom:Events"] = "content.published, content.unpublished",
            };
            foreach (var (k, v) in extra ?? []) settings[k] = v;
            return settings;
        }
    }

    public async Task<List<DeliveryRecord>> DeliveriesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }
}
