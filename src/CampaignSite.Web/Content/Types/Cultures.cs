namespace CampaignSite.Content.Types;

/// <summary>The site's two cultures: Chinese is the default, English the second.</summary>
public static class Cultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Chinese, English];

    /// <summary>Why a culture asked for is not one of the site's, or null when it is.</summary>
    public static string? Problem(string culture) =>
        All.Contains(culture) ? null : $"culture must be one of: {string.Join(", ", All)}";

    /// <summary>The file-name suffix of a culture: "" for Chinese, ".en" for English.</summary>
    public static string FileSuffix(string culture) => culture == Chinese ? "" : "." + culture;
}
