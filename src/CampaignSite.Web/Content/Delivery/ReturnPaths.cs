namespace CampaignSite.Content.Delivery;

/// <summary>Where a page may send the reader back to: a path on this site, never another host (//host, /\host) or a scheme.</summary>
public static class ReturnPaths
{
    public static string Local(string? path, string fallback) =>
        !string.IsNullOrEmpty(path) && path.StartsWith('/') && !path.StartsWith("//") && !path.StartsWith("/\\") ? path : fallback;
}
