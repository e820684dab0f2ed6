namespace CampaignSite.Backoffice.Editing;

/// <summary>What the form shows for one input: its values, its errors, a hint, and the choices of a picker.</summary>
public sealed record FieldView(FormInput Input, string[] Values, IReadOnlyList<string> Errors, string? Hint,
    IReadOnlyList<(string Value, string Label)>? Options);
