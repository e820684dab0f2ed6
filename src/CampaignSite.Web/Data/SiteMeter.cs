namespace CampaignSite.Data;

/// <summary>The name of the site's System.Diagnostics.Metrics meter; each capability adds its own instruments to it.</summary>
public static class SiteMeter
{
    public const string Name = "CampaignSite";
}
