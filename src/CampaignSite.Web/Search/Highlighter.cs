using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CampaignSite.Search;

/// <summary>
/// Marks what a query matched in the original text: the HTML-escaped text with &lt;mark&gt; around
/// each match, cut to a window around the first one. Works on the text readers see, not on tokens.
/// </summary>
public static partial class Highlighter
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")] private static partial Regex Word();

    /// <param name="alsoWords">Latin words to mark besides the query's own (those a misspelt word matched).</param>
    public static string Snippet(string text, SearchQuery query, IReadOnlyCollection<string>? alsoWords = null, int length = 160)
    {
        var matches = Matches(text, query, alsoWords);
        var first = matches.Count > 0 ? matches[0].Start : 0;
        var start = Math.Max(0, Math.Min(first - length / 4, text.Length - length));
        var end = Math.Min(text.Length, start + length);
        return (start > 0 ? "…" : "") + Mark(text, matches, start, end) + (end < text.Length ? "…" : "");
    }

    /// <summary>The whole text, escaped, with every match marked (for titles).</summary>
    public static string Mark(string text, SearchQuery query, IReadOnlyCollection<string>? alsoWords = null) => Mark(text, Matches(text, query, alsoWords), 0, text.Length);

    static string Mark(string text, List<(int Start, int End)> matches, int start, int end)
    {
        var sb = new StringBuilder();
        var at = start;
        foreach (var (s, e) in matches)
        {
            if (e <= start || s >= end) continue;
            var from = Math.Max(s, start);
            var to = Math.Min(e, end);
            sb.Append(WebUtility.HtmlEncode(text[at..from])).Append("<mark>").Append(WebUtility.HtmlEncode(text[from..to])).Append("</mark>");
            at = to;
        }
        return sb.Append(WebUtility.HtmlEncode(text[at..end])).ToString();
    }

    static List<(int Start, int End)> Matches(string text, SearchQuery query, IReadOnlyCollection<string>? alsoWords)
    {
        // Lowercasing keeps offsets for the text this site holds; full-width forms simply go unmarked.
        var lower = text.ToLowerInvariant();
        var found = new List<(int, int)>();
        var tokens = query.Highlighted.SelectMany(t => t.Tokens).Distinct().ToList();
        foreach (var token in tokens.Where(t => !IsLatin(t)))
            for (var i = lower.IndexOf(token, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(token, i + 1, StringComparison.Ordinal))
                found.Add((i, i + token.Length));
        var latin = tokens.Where(IsLatin).Concat(alsoWords ?? []).ToHashSet();
        if (latin.Count > 0)
            foreach (Match m in Word().Matches(lower))
                if (latin.Contains(Stem(m.Value))) found.Add((m.Index, m.Index + m.Length));
        found.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var (s, e) in found)
        {
            if (merged.Count > 0 && s <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            else merged.Add((s, e));
        }
        return merged;
    }

    /// <summary>A word as the index holds it: Lucene's English minimal stemmer (plurals).</summary>
    public static string Stem(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, new Lucene.Net.Analysis.En.EnglishMinimalStemmer().Stem(chars, chars.Length));
    }

    static bool IsLatin(string token) => token.All(c => c < 0x2E80);
}
