namespace CampaignSite.Content.Checks;

/// <summary>Whether a document a page links to or refers to exists, and whether it is published.</summary>
public enum LinkedState { Missing, Draft, Published }

/// <summary>
/// What the rules may ask about the world beyond the document: the terms to look for, the documents
/// it links to, and the focal points of its images (unknown, so not judged, for content files, which carry none).
/// </summary>
public sealed class CheckContext
{
    public TermList Terms { get; init; } = TermList.Dictionary;
    public IReadOnlyDictionary<(string Type, string Slug), bool> Documents { get; init; } = new Dictionary<(string, string), bool>();
    public IReadOnlyDictionary<string, (double X, double Y)> FocalPoints { get; init; } = new Dictionary<string, (double, double)>();

    public LinkedState StateOf(string type, string slug) =>
        Documents.TryGetValue((type, slug), out var published) ? published ? LinkedState.Published : LinkedState.Draft : LinkedState.Missing;
}

/// <summary>A document as checked: its type, its variants by culture, and its earlier versions (oldest first; empty when it has none).</summary>
public sealed record CheckedDocument(Types.DocumentType Type, IReadOnlyDictionary<string, Types.Document> Variants,
    IReadOnlyList<IReadOnlyDictionary<string, Types.Document>> History)
{
    public Types.Document Chinese => Variants[Types.Cultures.Chinese];
}
