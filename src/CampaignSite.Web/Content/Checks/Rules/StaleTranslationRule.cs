using CampaignSite.Content.Types;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>
/// An English variant older than a substantive change to the Chinese one: the Chinese text now differs
/// by at least <see cref="Substantive"/> characters (spaces and punctuation aside) from what it was when
/// the English culture fields last changed. Needs the version history; a document without one is skipped.
/// </summary>
public sealed class StaleTranslationRule : ICheckRule
{
    public const int Substantive = 10;
    public string Id => "stale-translation";
    public CheckSeverity Severity => CheckSeverity.Warning;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        if (document.History.Count == 0 || !document.Variants.TryGetValue(Cultures.English, out var english)) yield break;
        var versions = document.History.Append(document.Variants).ToList();
        // The version in which the English culture fields took their present values.
        var englishText = Text(document.Type, english);
        var since = versions.Count - 1;
        while (since > 0 && versions[since - 1].TryGetValue(Cultures.English, out var earlier) && Text(document.Type, earlier) == englishText) since--;
        var then = Text(document.Type, versions[since][Cultures.Chinese]);
        var now = Text(document.Type, document.Chinese);
        var changed = Difference(then, now);
        if (changed < Substantive) yield break;
        yield return new CheckFinding(Id, Severity, Cultures.English, "title", null,
            $"the English text was last changed {(since == versions.Count - 1 ? "with this version" : $"{versions.Count - 1 - since} version(s) ago")}, and the Chinese text has changed by about {changed} characters since: bring the translation up to date");
    }

    /// <summary>The culture's own text fields, without spaces and punctuation, so that reformatting is no change.</summary>
    static string Text(DocumentType type, Document variant) =>
        new(string.Join('\n', CheckText.CultureFields(type, variant).SelectMany(t => t.Lines)).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>How many characters were added or taken away, counted as a bag of characters: a one-character correction is 2.</summary>
    static int Difference(string a, string b)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in a) counts[c] = counts.GetValueOrDefault(c) + 1;
        foreach (var c in b) counts[c] = counts.GetValueOrDefault(c) - 1;
        return counts.Values.Sum(Math.Abs);
    }
}
