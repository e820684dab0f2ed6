using CampaignSite.Content.Partners;

namespace CampaignSite.Api;

/// <summary>
/// CampaignSite:Partners: keys seeded from configuration, one section a partner
/// (CampaignSite:Partners:{name}:Key, :Scopes, :RequestsPerMinute). Configuration wins on every start.
/// </summary>
public sealed class PartnerSettings() : Dictionary<string, PartnerSetting>(StringComparer.OrdinalIgnoreCase)
{
    public const string Section = "CampaignSite:Partners";

    /// <summary>What is wrong with the settings, in a sentence; null when nothing is.</summary>
    public string? Problem()
    {
        var names = new Dictionary<string, string>();
        foreach (var (name, partner) in this)
        {
            var at = $"{Section}:{name}";
            if (name.Length > PartnerKeys.PartnerLength) return $"{at} has a name longer than {PartnerKeys.PartnerLength} characters.";
            if (string.IsNullOrWhiteSpace(partner.Key)) return $"{at}:Key is empty; set the key this partner sends.";
            if (PartnerScopes.Normalize([partner.Scopes]) is { Unknown: { } unknown })
                return $"{at}:Scopes has '{unknown}'; the scopes are {string.Join(" and ", PartnerScopes.All)}.";
            if (partner.RequestsPerMinute <= 0) return $"{at}:RequestsPerMinute is {partner.RequestsPerMinute}; it must be a positive whole number.";
            if (names.TryGetValue(partner.Key, out var other)) return $"{Section}:{other} and {at} have the same key; give each partner its own.";
            names[partner.Key] = name;
        }
        return null;
    }
}

public sealed class PartnerSetting
{
    /// <summary>The key the partner sends (X-Api-Key or Authorization: Bearer); only its hash is stored.</summary>
    public string? Key { get; set; }
    /// <summary>Apart by commas or spaces: content:read, content:preview.</summary>
    public string Scopes { get; set; } = PartnerScopes.Read;
    public int RequestsPerMinute { get; set; } = PartnerScopes.DefaultRequestsPerMinute;
}
