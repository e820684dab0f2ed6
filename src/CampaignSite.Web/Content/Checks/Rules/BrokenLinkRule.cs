using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>Links in the body to the site's own document pages (/brands/anta, /en/news/…), and reference fields, that name a document that does not exist or is not published.</summary>
public sealed class BrokenLinkRule : ICheckRule
{
    public string Id => "broken-link";
    public CheckSeverity Severity => CheckSeverity.Error;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        var self = (document.Type.Name, document.Chinese.Slug);
        foreach (var (culture, field, parsed) in MarkdownLines.Bodies(document))
            foreach (var link in parsed.Descendants<LinkInline>().Where(l => !l.IsImage))
                if (DocumentPath(link.Url) is { } target && target != self && Problem(context, target) is { } problem)
                    yield return new CheckFinding(Id, Severity, culture, field, link.Line + 1, $"links to {link.Url}, {problem}");

        foreach (var field in document.Type.Fields.Where(f => f.Kind == FieldKind.Reference))
            foreach (var value in field.Strings(document.Chinese).Select((v, i) => (v, i)))
            {
                var text = field.ReferenceTarget is { } t ? $"{DocumentTypes.Get(t).Name}/{value.v}" : value.v;
                if (DocumentRef.TryParse(text, out var r) && (r.Type, r.Slug) != self && Problem(context, (r.Type, r.Slug)) is { } problem)
                    yield return new CheckFinding(Id, Severity, Cultures.Chinese, field.Key, value.i + 1, $"refers to {text}, {problem}");
            }
    }

    static string? Problem(CheckContext context, (string Type, string Slug) target) => context.StateOf(target.Type, target.Slug) switch
    {
        LinkedState.Missing => "which does not exist",
        LinkedState.Draft => "which is not published",
        _ => null,
    };

    /// <summary>The documents a Markdown text links to by their pages' addresses.</summary>
    public static IEnumerable<(string Type, string Slug)> DocumentPaths(string markdown) =>
        MarkdownLines.Parse(markdown).Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => DocumentPath(l.Url)).OfType<(string, string)>();

    /// <summary>The type and slug of a site-relative link to a document page, or null for any other address.</summary>
    static (string, string)? DocumentPath(string? url)
    {
        if (url is null || !url.StartsWith('/') || url.StartsWith("//")) return null;
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[0] == Cultures.English) parts = parts[1..];
        if (parts.Length != 2 || DocumentTypes.FindSection(parts[0]) is not { } type) return null;
        return (type.Name, Uri.UnescapeDataString(parts[1]));
    }
}
