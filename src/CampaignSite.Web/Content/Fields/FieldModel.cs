using System.Reflection;
using System.Text.Json;

namespace CampaignSite.Content.Fields;

/// <summary>
/// One field of a document type, read once from its property: key in files, culture
/// variance, rules, label, and the fields of a composition (region, syndication).
/// Files, validation, storage and (later) forms all walk this one description.
/// </summary>
public sealed class FieldModel
{
    public PropertyInfo Property { get; }
    public string Key { get; }
    public bool VariesByCulture { get; }
    public bool IsBody { get; }
    public IReadOnlyList<RuleAttribute> Rules { get; }
    public string? RequiredWith { get; }
    public LabelAttribute Label { get; }
    public IReadOnlyList<FieldModel> Children { get; }

    /// <summary>The value type without nullability: string, int, bool, DateTimeOffset, an enum, List&lt;T&gt; or a composition.</summary>
    public Type ValueType { get; }
    public Type? ItemType { get; }
    public bool IsComposition => Children.Count > 0;

    FieldModel(PropertyInfo property)
    {
        Property = property;
        Key = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
        VariesByCulture = property.IsDefined(typeof(CultureAttribute));
        IsBody = property.IsDefined(typeof(BodyAttribute));
        Rules = property.GetCustomAttributes<RuleAttribute>().ToArray();
        RequiredWith = property.GetCustomAttribute<RequiredWithAttribute>() is { } rw
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(rw.Sibling) : null;
        Label = property.GetCustomAttribute<LabelAttribute>() ?? new LabelAttribute(property.Name, property.Name);
        ValueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        ItemType = ValueType.IsGenericType && ValueType.GetGenericTypeDefinition() == typeof(List<>) ? ValueType.GetGenericArguments()[0] : null;
        Children = ValueType.IsClass && ValueType != typeof(string) && ItemType is null ? Describe(ValueType) : [];
    }

    public bool IsRequired => Rules.OfType<RequiredAttribute>().Any();

    public string LabelFor(string culture) => culture == Types.Cultures.English ? Label.En : Label.Zh;

    public static IReadOnlyList<FieldModel> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .OrderBy(p => DeclarationDepth(p.DeclaringType!, type)).ThenBy(p => p.MetadataToken)
            .Select(p => new FieldModel(p)).ToArray();

    // Base-class (composition) fields come first, as they do in files and forms.
    static int DeclarationDepth(Type declaring, Type type)
    {
        var depth = 0;
        for (var t = type; t is not null && t != declaring; t = t.BaseType) depth++;
        return -depth;
    }
}
