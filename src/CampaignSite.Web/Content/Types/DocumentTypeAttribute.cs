namespace CampaignSite.Content.Types;

/// <summary>Names a document type: its id in files and references, its URL section and labels.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DocumentTypeAttribute(string name, string section, string zh, string en) : Attribute
{
    public string Name { get; } = name;
    public string Section { get; } = section;
    public string Zh { get; } = zh;
    public string En { get; } = en;
}

/// <summary>The field that list pages and search offer as this type's facet filter.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FacetAttribute : Attribute;
