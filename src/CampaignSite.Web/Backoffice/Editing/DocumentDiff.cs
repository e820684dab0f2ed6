using CampaignSite.Content.Types;

namespace CampaignSite.Backoffice.Editing;

/// <summary>One field that differs between two versions, as the version and conflict screens show it.</summary>
public sealed record FieldChange(string Culture, string Field, string Label, string Before, string After);

/// <summary>Field-by-field differences of two versions of a document, culture by culture.</summary>
public static class DocumentDiff
{
    public static List<FieldChange> Compare(DocumentType type, IReadOnlyDictionary<string, Document>? before, IReadOnlyDictionary<string, Document> after)
    {
        var a = before is null ? [] : DocumentForm.Values(type, before);
        var b = DocumentForm.Values(type, after);
        var changes = new List<FieldChange>();
        foreach (var culture in Cultures.All)
            foreach (var input in DocumentForm.Inputs(type, culture))
            {
                var x = string.Join(", ", a.GetValueOrDefault(input.Name) ?? []);
                var y = string.Join(", ", b.GetValueOrDefault(input.Name) ?? []);
                if (x != y) changes.Add(new FieldChange(culture, input.Path, $"{input.Field.Label.Zh} · {input.Field.Label.En}", x, y));
            }
        return changes;
    }
}
