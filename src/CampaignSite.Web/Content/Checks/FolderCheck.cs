using CampaignSite.Content.Files;
using CampaignSite.Content.Types;

namespace CampaignSite.Content.Checks;

/// <summary>A finding in a content file: the file, its line there, and the finding.</summary>
public sealed record FileFinding(string File, int Line, CheckFinding Finding)
{
    public string Format(string shownPath) => $"{shownPath}:{Line}: {Finding.Rule}: {Finding.Message}";
}

/// <summary>
/// The checks over a content-export folder, as the import and the check verb run them. Every document of
/// the folder counts as published (the folder is what the site publishes); documents linked from outside
/// the folder are looked up in <paramref name="known"/>. Files carry no focal points and no history, so
/// those rules have nothing to judge here.
/// </summary>
public static class FolderCheck
{
    public static List<FileFinding> Run(IReadOnlyList<FolderDocument> documents, TermList terms, IReadOnlyDictionary<(string, string), bool>? known = null)
    {
        var states = new Dictionary<(string, string), bool>(known ?? new Dictionary<(string, string), bool>());
        foreach (var d in documents) states[(d.Type.Name, d.Variants[Cultures.Chinese].Slug)] = true;
        var context = new CheckContext { Terms = terms, Documents = states };
        var texts = new Dictionary<string, string>();
        var result = new List<FileFinding>();
        foreach (var d in documents)
            foreach (var finding in CheckRules.Run(new CheckedDocument(d.Type, d.Variants, []), context))
            {
                var file = d.Files[d.Files.ContainsKey(finding.Culture) ? finding.Culture : Cultures.Chinese];
                if (!texts.TryGetValue(file, out var text)) texts[file] = text = File.ReadAllText(file);
                result.Add(new FileFinding(file, SourceLines.LineOf(text, finding.Field, finding.Line), finding));
            }
        return result;
    }
}
