using CampaignSite.Backoffice.Security;
using CampaignSite.Content.Types;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>
/// CampaignSite:Workflow: the review steps a version goes through before it is published, in order,
/// and who signs each. Unset, a document has today's single review, signed by an editor's approval.
/// </summary>
public sealed class WorkflowOptions
{
    public const string Section = "CampaignSite:Workflow";

    /// <summary>The steps in order, apart by commas: "初审,复审,终审". Empty: one review by an editor or administrator.</summary>
    public string? Steps { get; set; }

    /// <summary>A type's own steps (CampaignSite:Workflow:Types:news:Steps), instead of the site's.</summary>
    public Dictionary<string, TypeWorkflowOptions> Types { get; set; } = [];

    /// <summary>Who signs a step (CampaignSite:Workflow:Signers:初审): roles (Editor, Administrator, Writer) and account e-mails apart by commas. Unset: editors and administrators.</summary>
    public Dictionary<string, string> Signers { get; set; } = [];

    public const int MaxStepName = 50;

    /// <summary>What is wrong with the configuration, in one sentence, or null.</summary>
    public static string? Problem(WorkflowOptions o)
    {
        var lists = new List<(string Key, string? Value)> { ($"{Section}:Steps", o.Steps) };
        foreach (var (type, own) in o.Types)
        {
            if (DocumentTypes.Find(type) is null)
                return $"{Section}:Types:{type} names no document type; the types are {string.Join(", ", DocumentTypes.All.Select(t => t.Name))}.";
            lists.Add(($"{Section}:Types:{type}:Steps", own.Steps));
        }
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in lists)
        {
            var names = Split(value);
            if (value is not null && value.Trim().Length > 0 && names.Count == 0) return $"{key} lists no step; give step names apart by commas, for example 初审,复审,终审.";
            if (names.FirstOrDefault(n => n.Length > MaxStepName) is { } tooLong) return $"{key}: the step name '{tooLong[..20]}…' is longer than {MaxStepName} characters.";
            if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice) return $"{key} names the step '{twice.Key}' twice; each step is signed once.";
            if (value is not null && value.Split(',').Any(n => n.Trim().Length == 0)) return $"{key} has an empty step name between its commas.";
            named.UnionWith(names);
        }
        foreach (var (step, signers) in o.Signers)
        {
            if (!named.Contains(step)) return $"{Section}:Signers:{step} names no configured step (the steps are {(named.Count == 0 ? "not configured" : string.Join(", ", named))}).";
            var entries = Split(signers);
            if (entries.Count == 0) return $"{Section}:Signers:{step} is empty; name a role ({string.Join(", ", Roles.All)}) or account e-mails apart by commas.";
            if (entries.FirstOrDefault(e => !e.Contains('@') && !Roles.All.Contains(e, StringComparer.OrdinalIgnoreCase)) is { } bad)
                return $"{Section}:Signers:{step}: '{bad}' is neither a role ({string.Join(", ", Roles.All)}) nor an account e-mail.";
        }
        return null;
    }

    public static List<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

public sealed class TypeWorkflowOptions
{
    public string? Steps { get; set; }
}
