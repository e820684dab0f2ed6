using System.Xml.Linq;
using CampaignSite.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// Keeps the data-protection keys (they sign sign-in cookies and antiforgery tokens) in the site's
/// database, so every web node accepts the cookies of the others and a restart signs nobody out.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceProvider services) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        return db.DataProtectionKeys.Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
