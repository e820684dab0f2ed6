using System.Collections;
using System.Reflection;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Content.Delivery;
using Microsoft.Extensions.Primitives;

namespace CampaignSite.Backoffice.Editing;

/// <summary>One input of a document form: its form name ("zh-CN.syndication.wechat_digest"), field, culture, and the composition it belongs to, if any.</summary>
public sealed record FormInput(string Name, string Path, FieldModel Field, string Culture, FieldModel? Composition = null)
{
    /// <summary>The object the field is a property of: the document, or its composition (null while the composition is absent).</summary>
    public object? Owner(Document doc) => Composition is null ? doc : Composition.Property.GetValue(doc);
}

/// <summary>
/// Documents as HTML form values and back, walking the type's field description as files and
/// validation do: the Chinese variant carries every field, the English one only culture fields.
/// Values are strings as inputs hold them; lists are several values of one name.
/// </summary>
public static class DocumentForm
{
    static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The inputs of a culture, in field order; compositions are walked into.</summary>
    public static IEnumerable<FormInput> Inputs(DocumentType type, string culture) => Walk(type.Fields, culture, null);

    static IEnumerable<FormInput> Walk(IReadOnlyList<FieldModel> fields, string culture, FieldModel? composition)
    {
        foreach (var field in fields)
        {
            if (field.IsComposition)
            {
                foreach (var child in Walk(field.Children, culture, field)) yield return child;
                continue;
            }
            if (culture != Cultures.Chinese && !field.VariesByCulture) continue;
            var path = composition is null ? field.Key : $"{composition.Key}.{field.Key}";
            yield return new FormInput($"{culture}.{path}", path, field, culture, composition);
        }
    }

    /// <summary>Every input's values for these variants.</summary>
    public static Dictionary<string, string[]> Values(DocumentType type, IReadOnlyDictionary<string, Document> variants)
    {
        var values = new Dictionary<string, string[]>();
        foreach (var (culture, doc) in variants)
            foreach (var input in Inputs(type, culture))
                values[input.Name] = input.Owner(doc) is { } owner ? Strings(input.Field.Property.GetValue(owner)) : [];
        return values;
    }

    /// <summary>A value as the strings of its input(s): choice ids, dates in China time, lists item by item.</summary>
    public static string[] Strings(object? value) => value switch
    {
        null => [],
        string s => s.Length == 0 ? [] : [s],
        bool b => b ? ["true"] : [],
        Enum e => [ChoiceLabels.Id(e)],
        DateTimeOffset d => [Dates.LocalInput(d)],
        IEnumerable list => list.Cast<object>().SelectMany(Strings).ToArray(),
        _ => [Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
    };

    /// <summary>
    /// Reads posted values into typed variants. The English variant exists when any English
    /// input has a value. Values that are not of the field's kind are reported by input name.
    /// </summary>
    public static (Dictionary<string, Document> Variants, List<DocumentError> Errors) Bind(DocumentType type, Func<string, StringValues> form)
    {
        var variants = new Dictionary<string, Document>();
        var errors = new List<DocumentError>();
        foreach (var culture in Cultures.All)
        {
            var inputs = Inputs(type, culture).ToList();
            if (culture != Cultures.Chinese && inputs.All(i => Texts(form(i.Name)).Count == 0)) continue;
            var doc = type.Create();
            foreach (var input in inputs)
                if (input.Field.IsBody) input.Field.Property.SetValue(doc, string.Join("\n", form(input.Name).ToArray()).Replace("\r\n", "\n").Trim());
                else if (Set(doc, input, Texts(form(input.Name))) is { } problem)
                    errors.Add(new DocumentError($"{type.Name}", culture, new FieldError(input.Path, problem)));
            variants[culture] = doc;
        }
        if (variants.TryGetValue(Cultures.English, out var english)) english.Slug = variants[Cultures.Chinese].Slug;
        return (variants, errors);
    }

    static List<string> Texts(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split('\n')).Select(v => v.Trim().TrimEnd('\r')).Where(v => v.Length > 0).ToList();

    static string? Set(Document doc, FormInput input, List<string> texts)
    {
        var field = input.Field;
        var target = input.Owner(doc);
        if (target is null)
        {
            if (texts.Count == 0) return null; // an optional composition left empty (no region) stays absent
            target = Activator.CreateInstance(input.Composition!.ValueType)!;
            input.Composition.Property.SetValue(doc, target);
        }

        if (field.ItemType is { } itemType)
        {
            var list = (IList)Activator.CreateInstance(field.ValueType)!;
            // Tags and other lists of text may be typed in one box, separated by commas.
            var items = itemType == typeof(string) ? texts.SelectMany(t => t.Split([',', '，', '、'])).Select(t => t.Trim()).Where(t => t.Length > 0) : texts;
            foreach (var item in items.Distinct())
            {
                if (DocumentReader.ConvertScalar(item, itemType, out var v) is { } problem) return problem;
                list.Add(v);
            }
            field.Property.SetValue(target, list);
            return null;
        }
        if (field.ValueType == typeof(bool)) { field.Property.SetValue(target, texts.Contains("true")); return null; }
        if (texts.Count == 0)
        {
            var nullable = Nullability.Create(field.Property).WriteState == NullabilityState.Nullable;
            field.Property.SetValue(target, field.ValueType == typeof(string) && !nullable ? "" : null);
            return null;
        }
        var text = string.Join(" ", texts);
        if (field.ValueType == typeof(DateTimeOffset))
        {
            if (!Dates.TryReadLocal(text, out var moment)) return $"'{text}' is not a date and time like 2024-05-01 09:30";
            field.Property.SetValue(target, moment);
            return null;
        }
        if (DocumentReader.ConvertScalar(text, field.ValueType, out var value) is { } error) return error;
        field.Property.SetValue(target, value);
        return null;
    }

}
