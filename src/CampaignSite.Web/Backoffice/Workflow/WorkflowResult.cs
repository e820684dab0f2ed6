using CampaignSite.Content.Publishing;

namespace CampaignSite.Backoffice.Workflow;

public enum WorkflowOutcome { Done, NotFound, Forbidden, Invalid, Conflict }

/// <summary>What a workflow step did, or why it did nothing; Errors name the fields a form shows them next to.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, string Message, IReadOnlyList<DocumentError> Errors, int DocumentId = 0)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;
    public static WorkflowResult Done(string message, int id = 0) => new(WorkflowOutcome.Done, message, [], id);
    public static readonly WorkflowResult NotFound = new(WorkflowOutcome.NotFound, "This document does not exist.", []);
    public static WorkflowResult Forbidden(string message) => new(WorkflowOutcome.Forbidden, message, []);
    public static WorkflowResult Invalid(string message, IReadOnlyList<DocumentError>? errors = null) => new(WorkflowOutcome.Invalid, message, errors ?? []);
}
