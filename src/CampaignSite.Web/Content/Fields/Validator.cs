using CampaignSite.Content.Types;

namespace CampaignSite.Content.Fields;

/// <summary>One broken rule: which field (dotted key path) and what is wrong.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"field '{Field}': {Message}";
}

/// <summary>Checks a document against the rules declared on its type. The one validator every way in uses.</summary>
public static class Validator
{
    /// <param name="cultureFieldsOnly">For a second culture: only the fields it owns (shared ones were checked with the first).</param>
    public static List<FieldError> Validate(Document document, RuleContext context, bool cultureFieldsOnly = false)
    {
        var errors = new List<FieldError>();
        var type = DocumentTypes.Get(document.GetType());
        Walk(type.Fields, document, "", context, cultureFieldsOnly, errors);
        return errors;
    }

    static void Walk(IReadOnlyList<FieldModel> fields, object owner, string prefix, RuleContext context, bool cultureOnly, List<FieldError> errors)
    {
        foreach (var field in fields)
        {
            var value = field.Property.GetValue(owner);
            var key = prefix + field.Key;
            if (field.IsComposition)
            {
                if (value is not null) Walk(field.Children, value, key + ".", context, cultureOnly, errors);
                continue;
            }
            if (cultureOnly && !field.VariesByCulture) continue;
            if (field.RequiredWith is { } sibling && RuleAttribute.IsEmpty(value))
            {
                var other = fields.First(f => f.Key == sibling);
                if (!RuleAttribute.IsEmpty(other.Property.GetValue(owner)))
                    errors.Add(new FieldError(key, $"is required when '{prefix + sibling}' is set"));
            }
            foreach (var rule in field.Rules)
            {
                if (rule.Check(value, context) is { } message)
                {
                    errors.Add(new FieldError(key, message));
                    break;
                }
            }
        }
    }
}
