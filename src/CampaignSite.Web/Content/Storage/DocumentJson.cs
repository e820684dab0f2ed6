using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CampaignSite.Content.Types;

namespace CampaignSite.Content.Storage;

/// <summary>How a version's fields are stored: one JSON document, one object per culture.</summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(Document document) => JsonSerializer.Serialize(document, document.GetType(), Options);

    public static Document Deserialize(string json, DocumentType type) =>
        (Document)JsonSerializer.Deserialize(json, type.ClrType, Options)!;

    public static string SerializeVariants(IReadOnlyDictionary<string, Document> variants)
    {
        var root = new JsonObject();
        foreach (var culture in Cultures.All)
            if (variants.TryGetValue(culture, out var d)) root[culture] = JsonSerializer.SerializeToNode(d, d.GetType(), Options);
        return root.ToJsonString(Options);
    }

    public static Dictionary<string, Document> DeserializeVariants(string json, DocumentType type)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return root.ToDictionary(p => p.Key, p => (Document)p.Value.Deserialize(type.ClrType, Options)!);
    }
}
