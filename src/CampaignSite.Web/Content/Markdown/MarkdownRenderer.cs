using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CampaignSite.Content.Markdown;

/// <summary>
/// Markdown to safe HTML: raw HTML is shown as text, and links and images may only use
/// http(s), mailto or site-relative URLs. The one renderer for pages, previews and feeds.
/// </summary>
public static class MarkdownRenderer
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!link.IsEmail && !IsSafe(link.Url)) link.Url = "#";
        return document.ToHtml(Pipeline);
    }

    /// <summary>Plain text of the Markdown, for descriptions and snippets.</summary>
    public static string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var u = url.Trim();
        if (u.StartsWith('/') && !u.StartsWith("//")) return true;
        if (u.StartsWith('#')) return true;
        if (!Uri.TryCreate(u, UriKind.Absolute, out var abs)) return !u.Contains(':');
        return abs.Scheme is "http" or "https" or "mailto";
    }
}
