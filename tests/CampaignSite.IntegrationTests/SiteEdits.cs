using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests;

/// <summary>Changes a test makes to a running site's content, through the same store the backoffice uses.</summary>
public static class SiteEdits
{
    /// <summary>Gives a document a new Chinese title in a new version, published unless told otherwise.</summary>
    public static async Task RetitleAsync(this SiteFactory site, string type, string slug, string title, bool publish = true)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var id = await db.Documents.Where(d => d.Type == type && d.Slug == slug).Select(d => d.Id).SingleAsync();
        var variants = await db.LatestVariantsAsync(DocumentTypes.Find(type)!, id);
        variants[Cultures.Chinese].Title = title;
        var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "test", publish);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
    }
}
