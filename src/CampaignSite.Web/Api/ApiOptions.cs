namespace CampaignSite.Api;

/// <summary>The CampaignSite:Api configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "CampaignSite:Api";
    public const string KeyHeader = "X-Api-Key";
    public const string PreviewPartner = "preview";

    /// <summary>A key with content:read and content:preview, seeded as the partner "preview" (X-Api-Key or Bearer); none, no such key.</summary>
    public string? PreviewKey { get; set; }

    /// <summary>API requests one address may make in a minute without a key; keyed requests have their key's own quota.</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 120;

    /// <summary>What is wrong with the settings, in a sentence; null when nothing is.</summary>
    public string? Problem() => AnonymousRequestsPerMinute > 0 ? null
        : $"CampaignSite:Api:AnonymousRequestsPerMinute is {AnonymousRequestsPerMinute}; it must be a positive whole number.";
}
