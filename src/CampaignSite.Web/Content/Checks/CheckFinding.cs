namespace CampaignSite.Content.Checks;

/// <summary>How much a finding matters: errors block publishing (an administrator may override) and refuse an import; warnings are shown.</summary>
public enum CheckSeverity { Warning, Error }

/// <summary>
/// One thing a check found: the rule's id, its severity, the culture and field (the form field's
/// key, as in content files, dotted inside compositions), the line within that field's text (for a
/// list, the item's number; the check verb maps it to the file's line) and a sentence to act on.
/// </summary>
public sealed record CheckFinding(string Rule, CheckSeverity Severity, string Culture, string Field, int? Line, string Message)
{
    public override string ToString() => $"{Culture} {Field}{(Line is { } l ? $" line {l}" : "")}: {Rule}: {Message}";
}
