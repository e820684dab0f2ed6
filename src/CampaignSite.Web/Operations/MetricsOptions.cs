namespace CampaignSite.Operations;

/// <summary>CampaignSite:Metrics: the Prometheus endpoint /metrics.</summary>
public sealed class MetricsOptions
{
    public const string Section = "CampaignSite:Metrics";

    /// <summary>Off unless true; then loopback scrapers are answered.</summary>
    public bool Enabled { get; set; }

    /// <summary>A key that lets a scraper on another address in: the header Authorization: Bearer {Key}.</summary>
    public string? Key { get; set; }
}
