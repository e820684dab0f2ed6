using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;

namespace CampaignSite.Content.Files;

/// <summary>One document of a content folder: its type, its variants by culture, and the file each came from.</summary>
public sealed record FolderDocument(DocumentType Type, Dictionary<string, Document> Variants, Dictionary<string, string> Files);

/// <summary>
/// Reads the documents of a content-export folder ({type}/{slug}.md and {slug}.en.md) with
/// <see cref="DocumentReader"/>, reporting every file that cannot be read as "path: problem".
/// The import and the check verb read folders this one way.
/// </summary>
public static class ContentFolder
{
    public static List<FolderDocument> Read(string dir, List<string> errors)
    {
        var result = new List<FolderDocument>();
        foreach (var type in DocumentTypes.All)
        {
            var folder = Path.Combine(dir, type.Name);
            if (!Directory.Exists(folder)) continue;
            var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray();
            foreach (var file in files.Where(f => Path.GetFileName(f).Split('.').Length == 2))
            {
                var slug = Path.GetFileNameWithoutExtension(file);
                if (!SlugAttribute.IsValid(slug)) { errors.Add($"{file}: the file name must be a slug followed by .md or .en.md"); continue; }
                var chinese = ReadFile(file, type, slug, null, errors);
                if (chinese is null) continue;
                var variants = new Dictionary<string, Document> { [Cultures.Chinese] = chinese };
                var paths = new Dictionary<string, string> { [Cultures.Chinese] = file };
                foreach (var culture in Cultures.All.Skip(1))
                {
                    var path = Path.Combine(folder, slug + Cultures.FileSuffix(culture) + ".md");
                    if (File.Exists(path) && ReadFile(path, type, slug, chinese, errors, culture) is { } variant) (variants[culture], paths[culture]) = (variant, path);
                }
                result.Add(new FolderDocument(type, variants, paths));
            }
            foreach (var file in files.Where(f => Path.GetFileName(f).Split('.').Length > 2))
            {
                var parts = Path.GetFileName(file).Split('.');
                if (parts.Length != 3 || !Cultures.All.Skip(1).Contains(parts[1]))
                    errors.Add($"{file}: the file name must be {{slug}}.md or {{slug}}.en.md");
                else if (!File.Exists(Path.Combine(folder, parts[0] + ".md")))
                    errors.Add($"{file}: there is no Chinese file {parts[0]}.md for this translation");
            }
        }
        return result;
    }

    static Document? ReadFile(string file, DocumentType type, string slug, Document? chinese, List<string> errors, string culture = Cultures.Chinese)
    {
        var (document, problems) = DocumentReader.Read(File.ReadAllText(file), culture, chinese);
        errors.AddRange(problems.Select(p => $"{file}: {p}"));
        if (document is null) return null;
        if (document.GetType() != type.ClrType) { errors.Add($"{file}: field 'type': is '{document.Type}' but the file is in the {type.Name}/ folder"); return null; }
        if (chinese is null && document.Slug != slug) { errors.Add($"{file}: field 'slug': is '{document.Slug}' but the file is named {slug}.md"); return null; }
        return problems.Count == 0 ? document : null;
    }
}
