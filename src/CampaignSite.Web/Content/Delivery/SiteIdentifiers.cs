using System.Text.RegularExpressions;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// CampaignSite:Site: the identifiers a site in China shows in its footer: the sponsor (主办单位),
/// the ICP filing number (ICP备案号, linked to MIIT's filing system), the public-security filing
/// number (公安备案号, linked to its record), the government website code (网站标识码) and the
/// government-site badge (党政机关网站标识). Each is shown when set, nothing when not.
/// </summary>
public sealed partial class SiteIdentifiers
{
    public const string Section = "CampaignSite:Site";
    public const string IcpSystem = "https://beian.miit.gov.cn/";

    public string? Sponsor { get; set; }
    public string? IcpNumber { get; set; }
    public string? PublicSecurityNumber { get; set; }
    public string? SiteCode { get; set; }
    /// <summary>The badge image: a path on this site, such as a file of the media library (/media/…).</summary>
    public string? BadgeImage { get; set; }
    /// <summary>Where the badge links: the site's record with the badge's issuer.</summary>
    public string? BadgeUrl { get; set; }

    public bool Any => new[] { Sponsor, IcpNumber, PublicSecurityNumber, SiteCode, BadgeImage }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The public-security filing system's page for the number (its digits, as the record's code).</summary>
    public string? PublicSecurityUrl => string.IsNullOrWhiteSpace(PublicSecurityNumber) || NotDigit().Replace(PublicSecurityNumber, "") is not { Length: > 0 } code
        ? null : "https://beian.mps.gov.cn/#/query/webSearch?code=" + code;

    /// <summary>What is wrong with the settings, in a sentence; null when nothing is.</summary>
    public string? Problem()
    {
        if (!string.IsNullOrWhiteSpace(BadgeImage) && !(BadgeImage.StartsWith('/') && !BadgeImage.StartsWith("//")))
            return $"CampaignSite:Site:BadgeImage is '{BadgeImage}'; it must be a path on this site such as /media/badge.png (the security policy serves images from the site only).";
        if (!string.IsNullOrWhiteSpace(BadgeUrl) && !(Uri.TryCreate(BadgeUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            return $"CampaignSite:Site:BadgeUrl is '{BadgeUrl}'; it must be an absolute http(s) URL.";
        if (!string.IsNullOrWhiteSpace(PublicSecurityNumber) && PublicSecurityUrl is null)
            return $"CampaignSite:Site:PublicSecurityNumber is '{PublicSecurityNumber}'; it must hold the record's number, such as 京公网安备11010502030143号.";
        return null;
    }

    [GeneratedRegex(@"\D")] private static partial Regex NotDigit();
}
