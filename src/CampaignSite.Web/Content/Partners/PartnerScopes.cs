namespace CampaignSite.Content.Partners;

/// <summary>What a partner key may do with the delivery API, and the quota a key gets unless told otherwise.</summary>
public static class PartnerScopes
{
    public const string Read = "content:read";
    public const string Preview = "content:preview";
    public static readonly string[] All = [Read, Preview];
    public const int DefaultRequestsPerMinute = 600;

    /// <summary>Scopes written apart by commas or spaces, as one space-separated text in a fixed order; the first unknown one, if any.</summary>
    public static (string Scopes, string? Unknown) Normalize(IEnumerable<string?> written)
    {
        var given = written.SelectMany(w => (w ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var unknown = given.FirstOrDefault(s => !All.Contains(s));
        return (string.Join(' ', All.Where(given.Contains)), unknown);
    }

    public static bool Has(string scopes, string scope) => scopes.Split(' ').Contains(scope);
}
