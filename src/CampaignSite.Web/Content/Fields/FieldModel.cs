using System.Reflection;
using System.Text.Json;

namespace CampaignSite.Content.Fields;

/// <summary>
/// One field of a document type, read once from its property: key in files, culture
/// variance, rules, label, kind, and the fields of a composition (region, syndication).
/// Files, validation, storage, forms, pages, search and feeds all walk this one description.
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
    public FieldKind Kind { get; }
    /// <summary>A list of values of <see cref="Kind"/> rather than one.</summary>
    public bool IsList => ItemType is not null;
    /// <summary>For a reference field: the document type its slugs belong to; null when it holds type/slug of any type.</summary>
    public Type? ReferenceTarget { get; }

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
        ReferenceTarget = Rules.OfType<ReferenceAttribute>().FirstOrDefault()?.Target;
        Kind = KindOf(this);
    }

    static FieldKind KindOf(FieldModel f)
    {
        if (f.Children.Count > 0) return FieldKind.Composition;
        if (f.IsBody) return FieldKind.Markdown;
        if (f.Rules.Any(r => r is MediaAttribute)) return FieldKind.Media;
        if (f.Rules.Any(r => r is ReferenceAttribute or AnyReferenceAttribute)) return FieldKind.Reference;
        if (f.Rules.Any(r => r is UrlAttribute)) return FieldKind.Url;
        if (f.Rules.Any(r => r is ProvinceAttribute)) return FieldKind.Province;
        var one = f.ItemType ?? f.ValueType;
        return one.IsEnum ? FieldKind.Choice
            : one == typeof(bool) ? FieldKind.Flag
            : one == typeof(int) ? FieldKind.Number
            : one == typeof(DateTimeOffset) ? FieldKind.Date
            : FieldKind.Text;
    }

    /// <summary>Whether a variant in this culture must fill the field: Chinese every required field, English the required ones it owns.</summary>
    public bool IsRequiredIn(string culture) => IsRequired && (culture == Types.Cultures.Chinese || VariesByCulture);

    /// <summary>The values of this field on <paramref name="owner"/> (a document or a composition), as strings.</summary>
    public IEnumerable<string> Strings(object owner) => RuleAttribute.Strings(Property.GetValue(owner));

    /// <summary>What this field of <paramref name="owner"/> refers to; compositions are walked into.</summary>
    public IEnumerable<Reference> References(object owner, string prefix = "")
    {
        var key = prefix + Key;
        switch (Kind)
        {
            case FieldKind.Composition:
                return Property.GetValue(owner) is { } child ? Children.SelectMany(c => c.References(child, key + ".")) : [];
            case FieldKind.Media:
                return Strings(owner).Select(s => new Reference(ReferenceKind.Media, s, key));
            case FieldKind.Markdown:
                return Strings(owner).SelectMany(Reference.MediaInMarkdown).Select(s => new Reference(ReferenceKind.Media, s, key));
            case FieldKind.Url:
                return Strings(owner).Select(s => new Reference(ReferenceKind.Url, s, key));
            case FieldKind.Reference:
                var target = ReferenceTarget is { } t ? Types.DocumentTypes.Get(t).Name + "/" : "";
                return Strings(owner).Select(s => new Reference(ReferenceKind.Document, target + s, key));
            default:
                return [];
        }
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
