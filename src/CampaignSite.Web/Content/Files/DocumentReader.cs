using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampaignSite.Content.Files;

/// <summary>
/// Reads a content file into a typed document, field by field from the type's description,
/// so that every mistake is reported with its key: unknown keys, wrong shapes, bad values.
/// </summary>
public static partial class DocumentReader
{
    /// <param name="chinese">For an English file: the Chinese variant it shares fields with.</param>
    public static (Document? Document, List<FieldError> Errors) Read(string text, string culture, Document? chinese = null)
    {
        var errors = new List<FieldError>();
        if (!FrontMatter.TrySplit(text, out var yaml, out var body))
            return (null, [new FieldError("front matter", "the file must start with a '---' line, then YAML, then a '---' line")]);

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
                return (null, [new FieldError("front matter", "must be a YAML mapping of keys to values")]);
            root = map;
        }
        catch (YamlException e)
        {
            // YAML lines count from 1 after the opening ---, which is line 1 of the file.
            return (null, [new FieldError("front matter", $"broken YAML at line {e.Start.Line + 1} of the file: {e.InnerException?.Message ?? e.Message}")]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The YAML scanner gives up on some malformed input without a position.
            return (null, [new FieldError("front matter", $"broken YAML near the end of the front matter: {e.Message}")]);
        }

        var typeName = Scalar(root, "type");
        var type = typeName is null ? null : DocumentTypes.Find(typeName);
        if (type is null)
            return (null, [new FieldError("type", typeName is null ? "is required" : $"'{typeName}' is not a document type ({string.Join(", ", DocumentTypes.All.Select(t => t.Name))})")]);
        if (chinese is not null && chinese.GetType() != type.ClrType)
            return (null, [new FieldError("type", $"is '{type.Name}' but the Chinese file says '{chinese.Type}'")]);

        var document = chinese is null ? type.Create() : CultureVariants.Shared(chinese);
        var present = ReadMapping(root, type.Fields, document, "", chinese is not null, errors, skip: "type");
        var bodyField = type.Fields.First(f => f.IsBody);
        bodyField.Property.SetValue(document, body);

        if (chinese is null)
            foreach (var field in type.Fields.Where(f => f.IsRequired && !f.IsBody && !f.IsComposition))
                if (!present.Contains(field.Key)) errors.Add(new FieldError(field.Key, "is required"));
        if (chinese is not null && document.Slug != chinese.Slug)
            errors.Add(new FieldError("slug", $"is '{document.Slug}' but the Chinese file says '{chinese.Slug}'"));
        return (document, errors);
    }

    static HashSet<string> ReadMapping(YamlMappingNode map, IReadOnlyList<FieldModel> fields, object target, string prefix,
        bool cultureOnly, List<FieldError> errors, string? skip = null)
    {
        var present = new HashSet<string>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == skip) continue;
            var path = prefix + key;
            var field = fields.FirstOrDefault(f => f.Key == key && !f.IsBody);
            if (field is null)
            {
                errors.Add(new FieldError(path, $"is not a field of this type{Suggest(key, fields)}"));
                continue;
            }
            present.Add(key);
            if (field.IsComposition)
            {
                if (valueNode is not YamlMappingNode child) { errors.Add(new FieldError(path, "must be a mapping of keys to values")); continue; }
                var value = field.Property.GetValue(target);
                if (value is null)
                {
                    if (cultureOnly) { errors.Add(new FieldError(path, "is not set in the Chinese file, so the English file cannot add to it")); continue; }
                    value = Activator.CreateInstance(field.ValueType)!;
                    field.Property.SetValue(target, value);
                }
                ReadMapping(child, field.Children, value, path + ".", cultureOnly, errors);
                continue;
            }
            // Every file names its slug; only the English file's must agree with the Chinese one.
            if (cultureOnly && !field.VariesByCulture && path != "slug")
            {
                errors.Add(new FieldError(path, "is shared by all cultures: set it in the Chinese file only"));
                continue;
            }
            if (Convert(valueNode, field, out var converted) is { } problem) errors.Add(new FieldError(path, problem));
            else field.Property.SetValue(target, converted);
        }
        return present;
    }

    static string? Convert(YamlNode node, FieldModel field, out object? value)
    {
        value = null;
        if (field.ItemType is { } itemType)
        {
            var list = (IList)Activator.CreateInstance(field.ValueType)!;
            value = list;
            if (node is YamlScalarNode s && IsNull(s)) return null;
            if (node is not YamlSequenceNode seq) return "must be a list";
            foreach (var item in seq.Children)
            {
                if (item is not YamlScalarNode scalar || IsNull(scalar)) return "must be a list of values";
                if (ConvertScalar(scalar.Value!, itemType, out var v) is { } problem) return problem;
                list.Add(v);
            }
            return null;
        }
        if (node is not YamlScalarNode one) return "must be a single value";
        if (IsNull(one)) return field.ValueType == typeof(bool) ? "must be true or false" : null;
        return ConvertScalar(one.Value!, field.ValueType, out value);
    }

    internal static string? ConvertScalar(string text, Type type, out object? value)
    {
        value = null;
        if (type == typeof(string)) { value = text.Trim(); return null; }
        if (type == typeof(int))
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return $"'{text}' is not a whole number";
            value = n; return null;
        }
        if (type == typeof(bool))
        {
            if (text is not ("true" or "false")) return $"'{text}' must be true or false";
            value = text == "true"; return null;
        }
        if (type == typeof(DateTimeOffset))
        {
            if (!HasOffset().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return $"'{text}' must be an ISO 8601 date and time with an offset, like 2024-05-01T09:00:00+08:00";
            value = d; return null;
        }
        if (type.IsEnum)
        {
            if (!ChoiceLabels.TryParse(type, text, out value)) return $"'{text}' must be one of: {string.Join(", ", ChoiceLabels.Ids(type))}";
            return null;
        }
        return $"has an unsupported type {type.Name}";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")] private static partial Regex HasOffset();

    static bool IsNull(YamlScalarNode s) =>
        s.Style == ScalarStyle.Plain && (s.Value is null or "" or "~" or "null");

    static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    static string Suggest(string key, IReadOnlyList<FieldModel> fields)
    {
        var near = fields.Where(f => !f.IsBody).Select(f => f.Key).OrderBy(k => Distance(k, key)).FirstOrDefault();
        return near is not null && Distance(near, key) <= 2 ? $" (did you mean '{near}'?)" : "";
    }

    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
