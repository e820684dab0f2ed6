namespace CampaignSite.Search;

/// <summary>The CampaignSite:Search configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "CampaignSite:Search";

    /// <summary>Searches one client address may make in ten seconds before it is answered 429.</summary>
    public int RequestsPer10Seconds { get; set; } = 40;

    /// <summary>How long a node that has to build its index first waits for it at start before it serves (and says search is being rebuilt).</summary>
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromSeconds(10);
}
