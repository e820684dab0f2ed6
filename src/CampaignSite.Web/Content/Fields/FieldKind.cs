namespace CampaignSite.Content.Fields;

/// <summary>What one value of a field is. Forms, pages, search and feeds ask this instead of reading rules and CLR types.</summary>
public enum FieldKind
{
    Text,
    /// <summary>The Markdown body.</summary>
    Markdown,
    Url,
    Number,
    Flag,
    Date,
    /// <summary>One of an enum's values.</summary>
    Choice,
    /// <summary>A province id.</summary>
    Province,
    /// <summary>A file of the media library, media/{name}.</summary>
    Media,
    /// <summary>Another document: a slug of one type, or type/slug of any type.</summary>
    Reference,
    /// <summary>A group of fields of its own (region, syndication).</summary>
    Composition,
}
