namespace CampaignSite.Content.Types;

/// <summary>The site's two cultures: Chinese is the default, English the second.</summary>
public static class Cultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Chinese, English];

    /// <summary>The file-name suffix of a culture: "" for Chinese, ".en" for English.</summary>
    public static string FileSuffix(string culture) => culture == Chinese ? "" : "." + culture;
}
