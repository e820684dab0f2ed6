namespace CampaignSite.Api;

/// <summary>The CampaignSite:Api configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "CampaignSite:Api";
    public const string KeyHeader = "X-Api-Key";

    /// <summary>Key a partner app sends in X-Api-Key to read drafts (?preview=true); no key, no preview.</summary>
    public string? PreviewKey { get; set; }
}
