using System.Reflection;
using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>One document type: its names and the description of its fields.</summary>
public sealed class DocumentType
{
    public required Type ClrType { get; init; }
    public required string Name { get; init; }
    public required string Section { get; init; }
    public required string LabelZh { get; init; }
    public required string LabelEn { get; init; }
    public required IReadOnlyList<FieldModel> Fields { get; init; }
    public FieldModel? Facet => Fields.FirstOrDefault(f => f.Property.IsDefined(typeof(FacetAttribute)));

    public string Label(string culture) => culture == Cultures.English ? LabelEn : LabelZh;
    public Document Create() => (Document)Activator.CreateInstance(ClrType)!;

    /// <summary>Everything a document of this type refers to: documents, media files (fields and body) and web addresses, each once.</summary>
    public IReadOnlyList<Reference> References(Document document) =>
        Fields.SelectMany(f => f.References(document)).Distinct().ToList();

    /// <summary>The fields this type adds to the Page composition.</summary>
    public IEnumerable<FieldModel> OwnFields => Fields.Where(f => f.Property.DeclaringType == ClrType);
}

/// <summary>The registry of the five document types, listed explicitly.</summary>
public static class DocumentTypes
{
    public static readonly IReadOnlyList<DocumentType> All =
        [Describe<Brand>(), Describe<Technology>(), Describe<Product>(), Describe<Heritage>(), Describe<News>()];

    public static DocumentType Get(Type clrType) => All.First(t => t.ClrType == clrType);
    public static DocumentType? Find(string name) => All.FirstOrDefault(t => t.Name == name);
    public static DocumentType? FindSection(string section) => All.FirstOrDefault(t => t.Section == section);

    static DocumentType Describe<T>() where T : Document
    {
        var a = typeof(T).GetCustomAttribute<DocumentTypeAttribute>()!;
        return new DocumentType
        {
            ClrType = typeof(T), Name = a.Name, Section = a.Section, LabelZh = a.Zh, LabelEn = a.En,
            Fields = FieldModel.Describe(typeof(T)),
        };
    }
}
