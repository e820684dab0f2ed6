using System.Security.Claims;
using CampaignSite.Backoffice.Security;
using CampaignSite.Data;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>
/// Where one version stands in its review, from its sign-off rows: the rows since it was last sent back
/// count (a version sent back starts again at the first step), and the steps are signed in order.
/// </summary>
public sealed class ReviewStanding(ReviewPlan plan, DocumentVersion version, IReadOnlyList<SignOffRecord> rows)
{
    public ReviewPlan Plan => plan;
    public DocumentVersion Version => version;
    /// <summary>Every row of the version, oldest first: what its review sheet prints.</summary>
    public IReadOnlyList<SignOffRecord> Rows => rows;

    /// <summary>The rows of the current round: after the last send-back.</summary>
    public IEnumerable<SignOffRecord> Round => rows.Skip(rows.ToList().FindLastIndex(r => r.Kind == SignOffKind.SentBack) + 1);

    /// <summary>The row that signed a step in this round, if any.</summary>
    public SignOffRecord? SignatureOf(ReviewStep step) =>
        Round.FirstOrDefault(r => r.Kind == SignOffKind.Signed && r.StepIndex == step.Index && r.StepName == step.Name);

    /// <summary>The first step not signed yet; null when every step is.</summary>
    public ReviewStep? Current => plan.Steps.FirstOrDefault(s => SignatureOf(s) is null);

    public bool Signed => Current is null;

    /// <summary>An administrator published it without every step signed, in this round.</summary>
    public SignOffRecord? Override => Round.LastOrDefault(r => r.Kind == SignOffKind.Overridden);

    /// <summary>Whether the version may be published: every step signed, or an administrator's override.</summary>
    public bool Cleared => Signed || Override is not null;

    public bool WaitsForLastStep => Current is { } step && step.Index == plan.Steps.Count - 1;

    /// <summary>Why the account may not sign the current step, or null when it may.</summary>
    public WorkflowResult? Refusal(ClaimsPrincipal user)
    {
        if (Current is not { } step) return WorkflowResult.Invalid($"Every step of version {version.Number} is already signed.");
        if (!step.MaySign(user)) return WorkflowResult.Forbidden($"The step {step.Name} is signed by {step.Signers}; your account is not one of them.");
        if (!plan.Configured) return null;
        if (string.Equals(version.Author, user.Name(), StringComparison.OrdinalIgnoreCase))
            return WorkflowResult.Invalid($"You wrote version {version.Number}: its steps are signed by others.");
        if (Round.FirstOrDefault(r => r.Kind == SignOffKind.Signed && string.Equals(r.Signer, user.Name(), StringComparison.OrdinalIgnoreCase)) is { } mine)
            return WorkflowResult.Invalid($"You signed {mine.StepName} of version {version.Number}: another account signs {step.Name}.");
        return null;
    }

    /// <summary>What still waits, in one sentence for a refusal.</summary>
    public string Waiting => Current is { } step
        ? $"version {version.Number} waits for {step.Name} (signed by {step.Signers}){(plan.Steps.Count > 1 ? $" of {plan.Names}" : "")}"
        : $"every step of version {version.Number} is signed";
}
