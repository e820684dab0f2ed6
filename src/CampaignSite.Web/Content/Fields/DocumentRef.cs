using CampaignSite.Content.Types;
namespace CampaignSite.Content.Fields;

/// <summary>A reference to a document written {type}/{slug}.</summary>
public readonly record struct DocumentRef(string Type, string Slug)
{
    public static bool TryParse(string text, out DocumentRef reference)
    {
        reference = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || DocumentTypes.Find(parts[0]) is null || !SlugAttribute.IsValid(parts[1])) return false;
        reference = new DocumentRef(parts[0], parts[1]);
        return true;
    }

    public override string ToString() => $"{Type}/{Slug}";
}
