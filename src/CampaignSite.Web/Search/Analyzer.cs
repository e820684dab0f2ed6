using System.Globalization;
using System.Text;

namespace CampaignSite.Search;

/// <summary>One analysed token: its text, and where the word it came from lies in the normalised text.</summary>
public readonly record struct Token(string Text, bool IsCjk);

/// <summary>
/// The one analyser for indexing and querying. Text is NFKC-normalised (full-width to half-width)
/// and lowercased. Runs of CJK characters become overlapping bigrams, as Lucene's CJKAnalyzer
/// does, and a lone CJK character stays a unigram; Latin words are split on word boundaries and
/// lightly stemmed (plurals); digits are kept. Unigrams of every CJK run are indexed too, in a
/// separate stream, so that a one-character query finds the character anywhere.
/// </summary>
public static class Analyzer
{
    /// <summary>The main token stream: bigrams for CJK runs, lone CJK characters, stemmed words, in text order.</summary>
    public static List<Token> Tokens(string? text)
    {
        var tokens = new List<Token>();
        foreach (var run in Runs(text)) Emit(run, tokens);
        return tokens;
    }

    /// <summary>What an index column holds: the main stream, then the unigrams of CJK runs longer than one.</summary>
    public static string IndexText(string? text)
    {
        var main = new StringBuilder();
        var unigrams = new StringBuilder();
        foreach (var run in Runs(text))
        {
            var tokens = new List<Token>();
            Emit(run, tokens);
            foreach (var t in tokens) main.Append(t.Text).Append(' ');
            if (run.IsCjk && run.Text.Length > 1)
                foreach (var rune in run.Text.EnumerateRunes()) unigrams.Append(rune.ToString()).Append(' ');
        }
        return (main.Append(unigrams)).ToString().TrimEnd();
    }

    public readonly record struct Run(string Text, bool IsCjk);

    /// <summary>Splits normalised text into CJK runs and Latin/digit words; everything else separates.</summary>
    public static IEnumerable<Run> Runs(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var normal = Normalize(text);
        var current = new StringBuilder();
        bool? cjk = null;
        foreach (var rune in normal.EnumerateRunes())
        {
            bool? kind = IsCjk(rune) ? true : Rune.IsLetterOrDigit(rune) ? false : null;
            if (kind != cjk && current.Length > 0)
            {
                if (cjk is not null) yield return new Run(current.ToString(), cjk.Value);
                current.Clear();
            }
            cjk = kind;
            if (kind is not null) current.Append(rune.ToString());
        }
        if (current.Length > 0 && cjk is not null) yield return new Run(current.ToString(), cjk.Value);
    }

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(char.IsControl(c) ? ' ' : c);
        var s = sb.ToString();
        try { s = s.Normalize(NormalizationForm.FormKC); } catch (ArgumentException) { /* lone surrogates: keep as is */ }
        return s.ToLowerInvariant();
    }

    static void Emit(Run run, List<Token> tokens)
    {
        if (!run.IsCjk)
        {
            tokens.Add(new Token(Stem(run.Text), false));
            return;
        }
        var chars = run.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        if (chars.Length == 1) tokens.Add(new Token(chars[0], true));
        for (var i = 0; i + 1 < chars.Length; i++) tokens.Add(new Token(chars[i] + chars[i + 1], true));
    }

    /// <summary>Light English stemming: plurals only, by the rules of Lucene's EnglishMinimalStemmer.</summary>
    public static string Stem(string word)
    {
        var n = word.Length;
        if (n < 3 || word[n - 1] != 's' || !word.All(char.IsAsciiLetter)) return word;
        switch (word[n - 2])
        {
            case 'u' or 's': return word;
            case 'e':
                if (n > 3 && word[n - 3] == 'i' && word[n - 4] is not ('a' or 'e')) return word[..^3] + "y";
                if (word[n - 3] is 'i' or 'a' or 'o' or 'e') return word;
                return word[..^1];
            default: return word[..^1];
        }
    }

    static bool IsCjk(Rune r)
    {
        var v = r.Value;
        return v is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2EBEF or >= 0xF900 and <= 0xFAFF
            or >= 0x3040 and <= 0x30FF or >= 0xAC00 and <= 0xD7AF or >= 0x30000 and <= 0x3134F;
    }
}
