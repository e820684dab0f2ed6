using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;

namespace CampaignSite.Content.Checks;

/// <summary>One text field of a variant, as lines (a list: one item a line), under its key as in files and forms.</summary>
public sealed record FieldText(string Field, FieldModel Model, IReadOnlyList<string> Lines);

/// <summary>The text the rules read: every string field a culture owns (the Chinese variant also the shared ones), walked from the type's description.</summary>
public static class CheckText
{
    public static IEnumerable<FieldText> Of(DocumentType type, string culture, Document document) =>
        Walk(type.Fields, document, "", culture != Cultures.Chinese);

    /// <summary>Only the fields that vary by culture, of any variant.</summary>
    public static IEnumerable<FieldText> CultureFields(DocumentType type, Document document) => Walk(type.Fields, document, "", true);

    static IEnumerable<FieldText> Walk(IReadOnlyList<FieldModel> fields, object owner, string prefix, bool cultureOnly)
    {
        foreach (var field in fields)
        {
            if (field.IsComposition)
            {
                if (field.Property.GetValue(owner) is { } child)
                    foreach (var text in Walk(field.Children, child, prefix + field.Key + ".", cultureOnly)) yield return text;
                continue;
            }
            if (cultureOnly && !field.VariesByCulture) continue;
            if (field.Kind is not (FieldKind.Text or FieldKind.Markdown) || field.Rules.Any(r => r is SlugAttribute)) continue;
            if ((field.ItemType ?? field.ValueType) != typeof(string)) continue;
            var strings = field.Strings(owner).ToList();
            if (strings.Count == 0) continue;
            yield return new FieldText(prefix + field.Key, field, field.IsList ? strings : strings[0].Replace("\r\n", "\n").Split('\n'));
        }
    }

    /// <summary>A few characters either side of a place in a line, to show where it is.</summary>
    public static string Snippet(string line, int at, int length)
    {
        var start = Math.Max(0, at - 8);
        var end = Math.Min(line.Length, at + length + 8);
        return (start > 0 ? "…" : "") + line[start..end].Trim() + (end < line.Length ? "…" : "");
    }
}
