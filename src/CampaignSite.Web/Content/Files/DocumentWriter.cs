using System.Collections;
using System.Globalization;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using YamlDotNet.Serialization;

namespace CampaignSite.Content.Files;

/// <summary>
/// Writes a document as a content file: keys in field order, defaults left out, the
/// English file with only the fields that vary by culture. Same document, same bytes.
/// </summary>
public static class DocumentWriter
{
    static readonly ISerializer Yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    public static string Write(Document document, string culture)
    {
        var type = DocumentTypes.Get(document.GetType());
        var cultureOnly = culture != Cultures.Chinese;
        var map = new Dictionary<string, object> { ["type"] = type.Name };
        if (cultureOnly) map["slug"] = document.Slug;
        AddFields(map, type.Fields, document, type.Create(), cultureOnly);
        var body = (string)type.Fields.First(f => f.IsBody).Property.GetValue(document)!;
        return FrontMatter.Join(Yaml.Serialize(map), body.Replace("\r\n", "\n").Trim());
    }

    static void AddFields(Dictionary<string, object> map, IReadOnlyList<FieldModel> fields, object owner, object defaults, bool cultureOnly)
    {
        foreach (var field in fields)
        {
            if (field.IsBody || map.ContainsKey(field.Key)) continue;
            var value = field.Property.GetValue(owner);
            if (field.IsComposition)
            {
                if (value is null) continue;
                var child = new Dictionary<string, object>();
                AddFields(child, field.Children, value, Activator.CreateInstance(field.ValueType)!, cultureOnly);
                if (child.Count > 0) map[field.Key] = child;
                continue;
            }
            if (cultureOnly && !field.VariesByCulture) continue;
            if (value is null or "" || value is ICollection { Count: 0 } || value is bool && Equals(value, field.Property.GetValue(defaults))) continue;
            map[field.Key] = Format(value);
        }
    }

    static object Format(object value) => value switch
    {
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        Enum e => ChoiceLabels.Id(e),
        bool b => b,
        int n => n,
        IEnumerable list and not string => list.Cast<object>().Select(Format).ToList(),
        _ => value.ToString()!,
    };
}
