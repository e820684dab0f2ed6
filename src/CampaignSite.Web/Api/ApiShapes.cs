using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;

namespace CampaignSite.Api;

/// <summary>One document as the delivery API answers it.</summary>
/// <param name="Fields">The document's fields keyed as in content files (snake_case), choices as their ids, dates in ISO 8601 with offset; empty fields left out.</param>
/// <param name="Note">On an illustrative brand or product only: the note a partner must show with it, in the item's culture.</param>
public sealed record ApiItem(string Type, string Slug, string Culture, bool IsFallback, string Url, string Published, string Updated, JsonObject Fields,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);

/// <summary>A page of documents.</summary>
public sealed record ApiList(int Total, int Page, int PageSize, IReadOnlyList<ApiItem> Items);

/// <summary>
/// The API's own shape of a document, built from the field model rather than copied from the storage
/// JSON, so a change to how versions are stored cannot change what partners read.
/// </summary>
public static class ApiShapes
{
    // Served as application/json, never inside HTML: Chinese, '+' of time offsets and the like stay as they are.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The fields of a document; only those named in <paramref name="keep"/> when given.</summary>
    public static JsonObject Fields(Document document, IReadOnlySet<string>? keep = null)
    {
        var type = DocumentTypes.Get(document.GetType());
        var fields = Object(type.Fields, document);
        if (keep is not null)
            foreach (var name in fields.Select(f => f.Key).Where(k => !keep.Contains(k)).ToList()) fields.Remove(name);
        return fields;
    }

    static JsonObject Object(IEnumerable<FieldModel> fields, object owner)
    {
        var json = new JsonObject();
        foreach (var field in fields)
            if (Value(field, field.Property.GetValue(owner)) is { } value) json[field.Key] = value;
        return json;
    }

    static JsonNode? Value(FieldModel field, object? value) => value switch
    {
        null => null,
        _ when field.Kind == FieldKind.Composition => Object(field.Children, value),
        IList list => new JsonArray(list.Cast<object>().Select(One).ToArray()),
        _ => One(value),
    };

    static JsonNode? One(object value) => value switch
    {
        Enum e => JsonValue.Create(ChoiceLabels.Id(e)),
        DateTimeOffset d => JsonValue.Create(d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int n => JsonValue.Create(n),
        _ => JsonValue.Create(value.ToString()),
    };
}
