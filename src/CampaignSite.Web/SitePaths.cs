namespace CampaignSite;

/// <summary>Where the site's folders are, resolved once from configuration and the content root.</summary>
public static class SitePaths
{
    public static string DataPath(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{SiteOptions.Section}:DataPath"];
        var path = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured));
        try { Directory.CreateDirectory(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"CampaignSite:DataPath '{path}' cannot be created: {e.Message}");
        }
        return path;
    }

    /// <summary>A repository folder (content-export, uistatic): beside the content root in a checkout, or copied next to the app.</summary>
    public static string? Find(string contentRoot, string name) =>
        new[] { Path.Combine(contentRoot, name), Path.Combine(contentRoot, "..", "..", name), Path.Combine(AppContext.BaseDirectory, name) }
            .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
}
