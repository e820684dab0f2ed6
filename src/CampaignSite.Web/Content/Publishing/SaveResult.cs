using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Publishing;

/// <summary>An error of one document and culture: what a user reads when a save or import is refused.</summary>
public sealed record DocumentError(string Document, string Culture, FieldError Error)
{
    public override string ToString() => $"{Document} ({Culture}): {Error}";
}

/// <summary>The outcome of a save: the new version, or why nothing was saved.</summary>
public sealed record SaveResult(int VersionNumber, IReadOnlyList<DocumentError> Errors, bool Conflict = false, int DocumentId = 0)
{
    public bool Succeeded => Errors.Count == 0 && !Conflict;
    public static SaveResult Invalid(IReadOnlyList<DocumentError> errors) => new(0, errors);
}
