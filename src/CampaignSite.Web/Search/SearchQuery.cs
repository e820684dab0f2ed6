using System.Text;
using CampaignSite.Search.Analysis;

namespace CampaignSite.Search;

/// <summary>One searched thing: analysed tokens that must stand together (a phrase) or each appear (a word).</summary>
public sealed record Term(IReadOnlyList<string> Tokens, bool Phrase, string Text)
{
    // Terms are equal when they search the same tokens the same way.
    public bool Equals(Term? other) => other is not null && Phrase == other.Phrase && Tokens.SequenceEqual(other.Tokens);
    public override int GetHashCode() => string.Join(' ', Tokens).GetHashCode();
}

/// <summary>
/// A user's query, parsed by our rules and never handed to an engine as typed: words are ANDed,
/// "quoted phrases" stay together, -word excludes, OR offers alternatives. Everything else a user
/// types (Lucene syntax, field names, NEAR(, *, ^, ~, stray quotes, control characters) is text.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    /// <summary>Every group must match; a group matches when any of its terms does.</summary>
    public List<List<Term>> Required { get; } = [];
    public List<Term> Excluded { get; } = [];
    public bool Truncated { get; private set; }
    public bool IsEmpty => Required.Count == 0;

    /// <summary>The words to highlight, as the user typed them (normalised).</summary>
    public IEnumerable<Term> Highlighted => Required.SelectMany(g => g);

    public static SearchQuery Parse(string? input)
    {
        var query = new SearchQuery();
        var text = Normalize(input ?? "").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            query.Truncated = true;
        }
        var pendingOr = false;
        foreach (var (word, quoted, negated) in Split(text))
        {
            if (!quoted && !negated && word == "or")
            {
                pendingOr = query.Required.Count > 0;
                continue;
            }
            var terms = TermsOf(word, quoted || pendingOr).Where(t => !query.Required.Any(g => g.Contains(t)) && !query.Excluded.Contains(t)).ToList();
            if (terms.Count == 0) { pendingOr = false; continue; }
            if (negated) query.Excluded.AddRange(terms);
            else if (pendingOr) query.Required[^1].AddRange(terms);
            else foreach (var t in terms) query.Required.Add([t]);
            pendingOr = false;
            if (query.Required.Count + query.Excluded.Count >= MaxTerms)
            {
                if (query.Required.Count > MaxTerms) query.Required.RemoveRange(MaxTerms, query.Required.Count - MaxTerms);
                query.Truncated = true;
                break;
            }
        }
        return query;
    }

    // A quoted (or OR'd) word is one phrase; an unquoted one is each of its tokens, all required.
    static List<Term> TermsOf(string word, bool phrase)
    {
        var tokens = SearchAnalyzer.Tokens(word);
        if (tokens.Count == 0) return [];
        return phrase || tokens.Count == 1
            ? [new Term(tokens, tokens.Count > 1, word)]
            : tokens.Select(t => new Term([t], false, word)).ToList();
    }

    static IEnumerable<(string Word, bool Quoted, bool Negated)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) yield break;
            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated) i++;
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) end = text.Length; // an unbalanced quote runs to the end
                yield return (text[(i + 1)..end], true, negated);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            yield return (text[start..i], false, negated);
        }
    }

    /// <summary>Control characters become spaces; NFKC and lowercase, so that full-width and upper-case operators read as typed.</summary>
    static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(char.IsControl(c) ? ' ' : c);
        var s = sb.ToString();
        try { s = s.Normalize(NormalizationForm.FormKC); } catch (ArgumentException) { /* lone surrogates: keep as is */ }
        return s.ToLowerInvariant();
    }
}
