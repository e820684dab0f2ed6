namespace CampaignSite;

/// <summary>The CampaignSite configuration section; README's Configuration table lists every key.</summary>
public sealed class SiteOptions
{
    public const string Section = "CampaignSite";

    /// <summary>Folder for the SQLite database, media, logs; relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Absolute base URL for feeds, sitemaps and canonical links; the request's own when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Sqlite or Postgres.</summary>
    public string Database { get; set; } = "Sqlite";

    /// <summary>Folder imported into an empty database at start; found next to the app when empty.</summary>
    public string? SeedContentPath { get; set; }

    /// <summary>Folder of CSS, JS and icons; found next to the app when empty.</summary>
    public string? UiStaticPath { get; set; }

    /// <summary>How long public pages stay in the output cache (they are evicted on every publish anyway).</summary>
    public TimeSpan PageCacheDuration { get; set; } = TimeSpan.FromMinutes(30);

    public string MediaPath => Path.Combine(DataPath, "media");
}
