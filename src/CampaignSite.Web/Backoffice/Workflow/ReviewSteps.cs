using System.Security.Claims;
using CampaignSite.Backoffice.Security;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>One review step and who may sign it: accounts in its roles, or the accounts it names by e-mail.</summary>
public sealed record ReviewStep(int Index, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Accounts)
{
    public bool MaySign(ClaimsPrincipal user) =>
        Roles.Any(user.IsInRole) || Accounts.Contains(user.Name(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Who signs it, as the edit page and the review sheet say.</summary>
    public string Signers => string.Join(", ", Roles.Select(r => r switch
    {
        Security.Roles.Administrator => "administrators",
        Security.Roles.Editor => "editors",
        _ => "writers",
    }).Concat(Accounts));
}

/// <summary>
/// A type's steps in order. Configured steps keep reviewing apart from writing: the author of a version
/// signs none of its steps and one account signs one step of a version. The default single review is
/// today's: an editor's approval, or an editor's own save and publish, is its sign-off.
/// </summary>
public sealed record ReviewPlan(IReadOnlyList<ReviewStep> Steps, bool Configured)
{
    public ReviewStep Last => Steps[^1];

    /// <summary>Whether the account's own save may publish at once: only with the default single review, which the publish signs.</summary>
    public bool PublishesOnSave(ClaimsPrincipal user) => !Configured && Steps.Count == 1 && Steps[0].MaySign(user);

    public bool MaySignAny(ClaimsPrincipal user) => Steps.Any(s => s.MaySign(user));

    public string Names => string.Join(" → ", Steps.Select(s => s.Name));
}

/// <summary>The review steps of every type, read once from CampaignSite:Workflow (checked at start).</summary>
public sealed class ReviewSteps(IOptions<WorkflowOptions> options)
{
    /// <summary>The name of the default single step.</summary>
    public const string DefaultStep = "审核";

    readonly Dictionary<string, ReviewPlan> plans = [];
    readonly Lock gate = new();

    public ReviewPlan For(string type)
    {
        lock (gate)
        {
            if (plans.TryGetValue(type, out var plan)) return plan;
            var o = options.Value;
            var own = o.Types.FirstOrDefault(t => string.Equals(t.Key, type, StringComparison.OrdinalIgnoreCase)).Value?.Steps;
            var names = WorkflowOptions.Split(own is { Length: > 0 } ? own : o.Steps);
            var configured = names.Count > 0;
            if (!configured) names = [DefaultStep];
            return plans[type] = new ReviewPlan(names.Select((name, i) => Step(i, name, o.Signers.GetValueOrDefault(name))).ToList(), configured);
        }
    }

    static ReviewStep Step(int index, string name, string? signers)
    {
        var entries = WorkflowOptions.Split(signers);
        if (entries.Count == 0) entries = [Roles.Editor, Roles.Administrator];
        var roles = Roles.All.Where(r => entries.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        return new ReviewStep(index, name, roles, entries.Where(e => e.Contains('@')).ToList());
    }
}
