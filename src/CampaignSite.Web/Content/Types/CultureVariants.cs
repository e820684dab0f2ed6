using System.Text.Json;
using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>
/// A document's variants: one typed document per culture. Shared fields are the Chinese
/// variant's; fields that vary by culture are each variant's own.
/// </summary>
public static class CultureVariants
{
    /// <summary>A new variant carrying <paramref name="source"/>'s shared fields and empty culture fields.</summary>
    public static Document Shared(Document source)
    {
        var type = DocumentTypes.Get(source.GetType());
        var copy = Clone(source);
        Reset(type.Fields, copy, type.Create());
        return copy;
    }

    /// <summary>Copies the shared fields of <paramref name="from"/> onto <paramref name="to"/>.</summary>
    public static void CopyShared(Document from, Document to)
    {
        var type = DocumentTypes.Get(from.GetType());
        var shared = Shared(from);
        Overlay(type.Fields, to, shared);
        // `shared` now holds the shared fields of `from` and the culture fields of `to`.
        foreach (var f in type.Fields) f.Property.SetValue(to, f.Property.GetValue(shared));
    }

    public static Document Clone(Document source) =>
        (Document)JsonSerializer.Deserialize(JsonSerializer.Serialize(source, source.GetType(), Storage.DocumentJson.Options), source.GetType(), Storage.DocumentJson.Options)!;

    static void Reset(IReadOnlyList<FieldModel> fields, object target, object defaults)
    {
        foreach (var field in fields)
        {
            if (field.IsComposition)
            {
                if (field.Property.GetValue(target) is { } child)
                    Reset(field.Children, child, Activator.CreateInstance(field.ValueType)!);
            }
            else if (field.VariesByCulture)
                field.Property.SetValue(target, field.Property.GetValue(defaults));
        }
    }

    // Puts the culture fields of `from` into `into`, which already holds the shared ones.
    static void Overlay(IReadOnlyList<FieldModel> fields, object from, object into)
    {
        foreach (var field in fields)
        {
            if (field.IsComposition)
            {
                var source = field.Property.GetValue(from);
                var target = field.Property.GetValue(into);
                if (source is not null && target is not null) Overlay(field.Children, source, target);
            }
            else if (field.VariesByCulture)
                field.Property.SetValue(into, field.Property.GetValue(from));
        }
    }
}
