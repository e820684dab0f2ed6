namespace CampaignSite.Content.Fields;

/// <summary>
/// The field varies by culture (Umbraco's "vary by culture"). Fields without it are shared:
/// they are written once, in the Chinese file, and every culture shows the same value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CultureAttribute : Attribute;

/// <summary>The Markdown body: written after the front matter, not as a key.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BodyAttribute : Attribute;

/// <summary>The field's label in both cultures, for forms and detail pages.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LabelAttribute(string zh, string en) : Attribute
{
    public string Zh { get; } = zh;
    public string En { get; } = en;
}
