namespace CampaignSite.Content.Checks.Rules;

/// <summary>Misused words and non-standard wording, from the built-in dictionary and the administrators' terms, in every text field of every culture.</summary>
public sealed class MisusedWordRule : ICheckRule
{
    public string Id => "misused-word";
    public CheckSeverity Severity => CheckSeverity.Error;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var (culture, variant) in document.Variants)
            foreach (var text in CheckText.Of(document.Type, culture, variant))
                for (var i = 0; i < text.Lines.Count; i++)
                    foreach (var (pair, at) in context.Terms.Find(text.Lines[i]))
                        yield return new CheckFinding(Id, Severity, culture, text.Field, i + 1,
                            $"'{pair.Wrong}' should be '{pair.Right}'{(pair.IsStandardWording ? " (standard wording" + (pair.Note is { Length: > 0 } note ? ": " + note : "") + ")" : "")}" +
                            $", at column {at + 1}: {CheckText.Snippet(text.Lines[i], at, pair.Wrong.Length)}");
    }
}
