namespace CampaignSite.Content.Checks;

/// <summary>One editorial rule: an id (kebab-case, as the check verb prints it), a severity, and what it finds in a document.</summary>
public interface ICheckRule
{
    string Id { get; }
    CheckSeverity Severity { get; }
    IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context);
}
