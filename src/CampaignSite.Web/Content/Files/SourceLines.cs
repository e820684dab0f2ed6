namespace CampaignSite.Content.Files;

/// <summary>
/// Where a field stands in a content file, for messages that name a line: a front-matter key's line
/// (a list's item on its own line, a block scalar's lines below the key), or a line of the body.
/// </summary>
public static class SourceLines
{
    /// <param name="field">The key as in files, dotted inside a composition (syndication.wechat_digest); "body" for the Markdown.</param>
    /// <param name="line">The line within the field's text, or the item of a list; null for the field as a whole.</param>
    public static int LineOf(string text, string field, int? line)
    {
        var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        if (end < 0) return 1;
        if (field == "body")
        {
            var first = end + 1;
            while (first < lines.Length - 1 && lines[first].Length == 0) first++;
            return first + 1 + Math.Max(0, (line ?? 1) - 1);
        }
        var at = 0;
        var indent = "";
        foreach (var key in field.Split('.'))
        {
            var found = Array.FindIndex(lines, at + 1, end - at - 1, l => l.StartsWith(indent + key + ":", StringComparison.Ordinal));
            if (found < 0) return at + 1;
            (at, indent) = (found, indent + "  ");
        }
        var value = lines[at][(lines[at].IndexOf(':') + 1)..].Trim();
        // A value on the key's own line is line 1 of it; a list's items and a block scalar's lines follow the key.
        var below = value.Length == 0 || value.StartsWith('|') || value.StartsWith('>');
        return at + 1 + (below ? Math.Max(1, line ?? 1) : 0);
    }
}
