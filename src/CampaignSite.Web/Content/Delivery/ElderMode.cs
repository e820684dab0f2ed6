namespace CampaignSite.Content.Delivery;

/// <summary>
/// Elder mode (长辈模式): the same pages with larger text, more line spacing, higher contrast, large
/// targets and no motion, chosen by a link that sets a cookie (no script needed). It is part of the
/// output cache's key, so a page cached for one mode never answers the other.
/// </summary>
public static class ElderMode
{
    public const string Cookie = "elder";
    public const string Path = "/elder";

    public static bool IsOn(HttpContext context) => context.Request.Cookies[Cookie] == "1";

    /// <summary>The switch's link: to the other mode, then back to where the reader was.</summary>
    public static string SwitchHref(HttpContext context)
    {
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        return $"{context.Request.PathBase}{Path}?on={(IsOn(context) ? 0 : 1)}&return={Uri.EscapeDataString(back)}";
    }
}
