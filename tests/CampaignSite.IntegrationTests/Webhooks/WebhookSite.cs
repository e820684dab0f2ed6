using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
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

    /// <summary>Gives a published document a new Chinese title and publishes it.</summary>
    public async Task RetitleAsync(string type, string slug, string title)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var id = await db.Documents.Where(d => d.Type == type && d.Slug == slug).Select(d => d.Id).SingleAsync();
        var variants = await db.LatestVariantsAsync(DocumentTypes.Find(type)!, id);
        variants[Cultures.Chinese].Title = title;
        var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "webhook test", true);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
    }

    public async Task<List<DeliveryRecord>> DeliveriesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }
}
