namespace CampaignSite.Content.Types;

/// <summary>A type whose documents may be examples the editors compiled rather than real, certified items (brand, product).</summary>
public interface IIllustrative
{
    bool Illustrative { get; }
}

/// <summary>
/// Where a document's facts come from, and whether it is only an example: what the detail page, the
/// API and the feeds say about it, in one place.
/// </summary>
public static class Provenance
{
    public static bool IsIllustrative(Document document) => document is IIllustrative { Illustrative: true };

    /// <summary>The plain note every channel carries on an illustrative document.</summary>
    public static string IllustrativeNote(string culture) =>
        culture == Cultures.English ? "Illustrative example, not an official endorsement" : "示意内容，非官方认证或推荐";

    /// <summary>The words a source link is shown with: the document's own source name (news), else the address's host.</summary>
    public static string? SourceName(Document document) =>
        document is News { Source.Length: > 0 } news ? news.Source
        : Uri.TryCreate(document.SourceUrl, UriKind.Absolute, out var url) ? url.Host : null;
}
