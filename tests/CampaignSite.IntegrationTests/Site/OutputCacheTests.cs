using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Site;

public sealed class OutputCacheTests : IDisposable
{
    readonly SiteFactory site = new();
    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Pages_AreServedFromCacheUntilContentChanges()
    {
        var client = site.CreateClient();
        var first = await client.GetStringAsync("/brands/bosideng");

        // Change the published row behind the site's back: a cached page does not see it.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            await db.Published.Where(p => p.Slug == "bosideng" && p.Culture == "zh-CN")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Fields, p => p.Fields.Replace("\"title\":\"", "\"title\":\"绕过缓存")));
        }
        Assert.Equal(first, await client.GetStringAsync("/brands/bosideng"));
        Assert.DoesNotContain("绕过缓存", await client.GetStringAsync("/brands/bosideng"));

        // Different cultures and queries are different entries.
        Assert.Contains("绕过缓存", await client.GetStringAsync("/brands/bosideng?x=1"));
        Assert.NotEqual(first, await client.GetStringAsync("/en/brands/bosideng"));
    }
}
