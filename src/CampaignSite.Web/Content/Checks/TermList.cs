using System.Reflection;

namespace CampaignSite.Content.Checks;

/// <summary>A wrong form and the right one; <see cref="Note"/> says where a standard wording comes from (null for the built-in dictionary).</summary>
public sealed record TermPair(string Wrong, string Right, string? Note = null)
{
    public bool IsStandardWording { get; init; }
}

/// <summary>
/// The wrong → right pairs the misused-word rule looks for: the built-in dictionary of commonly
/// misused words (MisusedWords.txt, embedded) plus the administrators' standard wording. A wrong form
/// is not reported where it is part of a right form written in full (一带一路 inside 共建"一带一路").
/// </summary>
public sealed class TermList
{
    const string Resource = "misused-words.txt";

    public IReadOnlyList<TermPair> Pairs { get; }
    // For each wrong form: the right forms that contain it, with where it stands in them.
    readonly Dictionary<string, List<(string Right, int Offset)>> covers = [];

    TermList(IReadOnlyList<TermPair> pairs)
    {
        Pairs = pairs;
        foreach (var pair in pairs)
            foreach (var right in pairs.Select(p => p.Right).Distinct())
                for (var at = right.IndexOf(pair.Wrong, StringComparison.Ordinal); at >= 0; at = right.IndexOf(pair.Wrong, at + 1, StringComparison.Ordinal))
                    (covers.TryGetValue(pair.Wrong, out var list) ? list : covers[pair.Wrong] = []).Add((right, at));
    }

    /// <summary>The built-in dictionary alone.</summary>
    public static TermList Dictionary { get; } = new(ReadDictionary());

    /// <summary>The dictionary and these standard wordings; a standard wording replaces a dictionary pair with the same wrong form.</summary>
    public static TermList With(IEnumerable<TermPair> standard)
    {
        var own = standard.Select(p => p with { IsStandardWording = true }).ToList();
        if (own.Count == 0) return Dictionary;
        var wrongs = own.Select(p => p.Wrong).ToHashSet();
        return new TermList([.. Dictionary.Pairs.Where(p => !wrongs.Contains(p.Wrong)), .. own]);
    }

    /// <summary>Every place a wrong form stands in the text, in order.</summary>
    public IEnumerable<(TermPair Pair, int Index)> Find(string text)
    {
        var found = new List<(TermPair, int)>();
        foreach (var pair in Pairs)
            for (var at = text.IndexOf(pair.Wrong, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pair.Wrong, at + pair.Wrong.Length, StringComparison.Ordinal))
                if (IsWord(text, at, pair.Wrong.Length) && !Covered(text, at, pair.Wrong)) found.Add((pair, at));
        return found.OrderBy(f => f.Item2);
    }

    bool Covered(string text, int at, string wrong) =>
        covers.TryGetValue(wrong, out var rights) && rights.Any(r =>
            at - r.Offset >= 0 && at - r.Offset + r.Right.Length <= text.Length &&
            string.CompareOrdinal(text, at - r.Offset, r.Right, 0, r.Right.Length) == 0);

    // Latin terms ("Uyghur") match whole words only; Chinese has no spaces to look for.
    static bool IsWord(string text, int at, int length) =>
        !(char.IsAsciiLetterOrDigit(text[at]) && at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) &&
        !(char.IsAsciiLetterOrDigit(text[at + length - 1]) && at + length < text.Length && char.IsAsciiLetterOrDigit(text[at + length]));

    static List<TermPair> ReadDictionary()
    {
        using var stream = typeof(TermList).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded dictionary {Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var pairs = new List<TermPair>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new InvalidOperationException($"{Resource}: '{line}' must be a wrong form, a space and the right form");
            pairs.Add(new TermPair(parts[0], parts[1]));
        }
        return pairs;
    }
}
