namespace CampaignSite.IntegrationTests;

/// <summary>The documents of the repository's content-export, as test data.</summary>
public static class SeedContent
{
    public static readonly Dictionary<string, string> Sections = new()
    {
        ["brand"] = "brands", ["technology"] = "technologies", ["product"] = "products", ["heritage"] = "heritage", ["news"] = "news",
    };

    public static IEnumerable<object[]> Documents() =>
        Directory.GetFiles(Repo.ContentExport, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.md") && Path.GetDirectoryName(f) != Repo.ContentExport)
            .Order()
            .Select(f => new object[] { Path.GetFileName(Path.GetDirectoryName(f))!, Path.GetFileNameWithoutExtension(f) });
}
