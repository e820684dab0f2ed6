namespace CampaignSite.Content.Files;

/// <summary>Splits a content file into its YAML front matter and Markdown body, and joins them back.</summary>
public static class FrontMatter
{
    public static bool TrySplit(string text, out string yaml, out string body)
    {
        text = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        yaml = body = "";
        if (!text.StartsWith("---\n")) return false;
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var endAtEof = text.EndsWith("\n---") ? text.Length - 4 : -1;
        if (end < 0 && endAtEof < 0) return false;
        if (end < 0) end = endAtEof;
        yaml = text[4..(end + 1)];
        body = end + 5 <= text.Length ? text[(end + 5)..].TrimStart('\n').TrimEnd() : "";
        return true;
    }

    public static string Join(string yaml, string body) =>
        body.Length == 0 ? $"---\n{yaml}---\n" : $"---\n{yaml}---\n\n{body}\n";
}
