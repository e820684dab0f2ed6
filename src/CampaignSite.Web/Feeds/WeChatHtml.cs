using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CampaignSite.Feeds;

/// <summary>
/// Rewrites an article's HTML into what the WeChat Official Account editor keeps: only its tags,
/// every style inline, no class, id, script, style, iframe or event handler, nested lists flattened,
/// relative links absolute, and under the 20,000-character limit.
/// </summary>
public static partial class WeChatHtml
{
    public const int MaxLength = 20_000;

    static readonly Dictionary<string, string> Styles = new()
    {
        ["p"] = "margin:0 0 1em;line-height:1.75;font-size:16px;color:#333333;",
        ["h1"] = "margin:1.2em 0 .6em;font-size:22px;font-weight:bold;color:#1f3a5f;",
        ["h2"] = "margin:1.2em 0 .6em;font-size:20px;font-weight:bold;color:#1f3a5f;",
        ["h3"] = "margin:1em 0 .5em;font-size:18px;font-weight:bold;color:#1f3a5f;",
        ["h4"] = "margin:1em 0 .5em;font-size:16px;font-weight:bold;color:#1f3a5f;",
        ["blockquote"] = "margin:1em 0;padding:.5em 1em;border-left:4px solid #d9a441;background:#f7f4ec;color:#555555;",
        ["ul"] = "margin:0 0 1em;padding-left:1.5em;",
        ["ol"] = "margin:0 0 1em;padding-left:1.5em;",
        ["li"] = "margin:0 0 .4em;line-height:1.75;font-size:16px;color:#333333;",
        ["strong"] = "font-weight:bold;",
        ["em"] = "font-style:italic;",
        ["span"] = "",
        ["section"] = "margin:0 0 1em;",
        ["a"] = "color:#1f3a5f;text-decoration:underline;",
        ["img"] = "max-width:100%;height:auto;display:block;margin:1em auto;",
        ["table"] = "border-collapse:collapse;width:100%;margin:0 0 1em;",
        ["tr"] = "",
        ["th"] = "border:1px solid #d9d4c7;padding:4px 8px;font-weight:bold;background:#f7f4ec;",
        ["td"] = "border:1px solid #d9d4c7;padding:4px 8px;",
        ["br"] = "",
    };

    // Tags WeChat drops but whose meaning we keep under another name.
    static readonly Dictionary<string, string> Renamed = new()
    {
        ["h5"] = "h4", ["h6"] = "h4", ["b"] = "strong", ["i"] = "em", ["pre"] = "section", ["code"] = "span", ["del"] = "span",
        ["thead"] = "", ["tbody"] = "", ["div"] = "",
    };

    static readonly HashSet<string> Dropped = ["script", "style", "iframe", "object", "embed", "form", "input", "button", "svg", "math", "noscript", "template", "hr"];

    /// <summary>The WeChat HTML and every image URL it uses.</summary>
    public static (string Html, List<string> Images) Convert(string html, string origin)
    {
        var parser = new HtmlParser();
        var body = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;
        var nodes = parser.ParseFragment(html, body);
        var sb = new StringBuilder();
        var images = new List<string>();
        foreach (var node in nodes) Write(node, sb, images, origin);
        var result = sb.ToString();
        return (result.Length <= MaxLength ? result : Cut(result), images);
    }

    static void Write(INode node, StringBuilder sb, List<string> images, string origin)
    {
        if (node is IText text) { sb.Append(WebUtility.HtmlEncode(text.Data)); return; }
        if (node is not IElement element) return;
        var tag = element.LocalName;
        if (Dropped.Contains(tag)) return;
        if (Renamed.TryGetValue(tag, out var renamed)) tag = renamed;
        if (tag.Length == 0 || !Styles.ContainsKey(tag))
        {
            foreach (var child in element.ChildNodes) Write(child, sb, images, origin);
            return;
        }
        string? src = null;
        if (tag == "img" && (src = Url(element.GetAttribute("src"), origin)) is null) return;
        sb.Append('<').Append(tag);
        if (Styles[tag].Length > 0) sb.Append(" style=\"").Append(Styles[tag]).Append('"');
        if (tag == "a" && Url(element.GetAttribute("href"), origin) is { } href) sb.Append(" href=\"").Append(WebUtility.HtmlEncode(href)).Append('"');
        if (src is not null)
        {
            images.Add(src);
            sb.Append(" src=\"").Append(WebUtility.HtmlEncode(src)).Append("\" alt=\"").Append(WebUtility.HtmlEncode(element.GetAttribute("alt") ?? "")).Append("\">");
            return;
        }
        if (tag == "br") { sb.Append('>'); return; }
        sb.Append('>');
        if (tag is "ul" or "ol")
            foreach (var item in Flatten(element)) WriteItem(item, sb, images, origin);
        else
            foreach (var child in element.ChildNodes) Write(child, sb, images, origin);
        sb.Append("</").Append(tag).Append('>');
    }

    // WeChat garbles nested lists: the items of an inner list follow their parent as siblings.
    static IEnumerable<(IElement Item, int Depth)> Flatten(IElement list, int depth = 0)
    {
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            yield return (li, depth);
            foreach (var inner in li.Children.Where(c => c.LocalName is "ul" or "ol"))
                foreach (var nested in Flatten(inner, depth + 1)) yield return nested;
        }
    }

    static void WriteItem((IElement Item, int Depth) entry, StringBuilder sb, List<string> images, string origin)
    {
        sb.Append("<li style=\"").Append(Styles["li"]).Append("\">");
        if (entry.Depth > 0) sb.Append(new string('—', entry.Depth)).Append(' ');
        foreach (var child in entry.Item.ChildNodes.Where(c => c is not IElement { LocalName: "ul" or "ol" })) Write(child, sb, images, origin);
        sb.Append("</li>");
    }

    static string? Url(string? url, string origin)
    {
        if (string.IsNullOrWhiteSpace(url) || url == "#") return null;
        if (url.StartsWith('/') && !url.StartsWith("//")) return origin + url;
        return Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "https" || u.Scheme == "http") ? u.ToString() : null;
    }

    /// <summary>
    /// The styles the conversion inlines, as a stylesheet for the elements under scope: the preview
    /// page shows the article with it instead of the style attributes, which its security policy
    /// refuses (a copy from the page still carries them: the browser inlines what it shows).
    /// </summary>
    public static string PreviewStylesheet(string scope) =>
        string.Concat(Styles.Where(s => s.Value.Length > 0).Select(s => $"{scope} {s.Key} {{ {s.Value} }}\n"));

    /// <summary>The converted HTML without its style attributes (all of them written by the conversion above).</summary>
    public static string WithoutStyles(string html) => StyleAttribute().Replace(html, "");

    [System.Text.RegularExpressions.GeneratedRegex(" style=\"[^\"]*\"")] private static partial System.Text.RegularExpressions.Regex StyleAttribute();

    // Cuts at the last closed top-level block that fits.
    static string Cut(string html)
    {
        var end = html.LastIndexOf("</p>", MaxLength - 200, StringComparison.Ordinal);
        return (end > 0 ? html[..(end + 4)] : html[..(MaxLength - 200)]) + "<p style=\"" + Styles["p"] + "\">……</p>";
    }
}
