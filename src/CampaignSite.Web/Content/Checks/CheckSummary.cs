namespace CampaignSite.Content.Checks;

/// <summary>Findings in one line for a record: the counts, then the findings, errors first, cut to a length.</summary>
public static class CheckSummary
{
    public static string Of(IReadOnlyList<CheckFinding> findings, int maxLength)
    {
        var errors = findings.Count(f => f.Severity == CheckSeverity.Error);
        var warnings = findings.Count - errors;
        var text = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}"
            + (findings.Count == 0 ? "" : ": " + string.Join("; ", findings.OrderByDescending(f => f.Severity).Select(f => f.ToString())));
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }
}
