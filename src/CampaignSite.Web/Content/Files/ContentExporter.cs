using System.Diagnostics;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using CampaignSite.Media;

namespace CampaignSite.Content.Files;

/// <summary>
/// Writes the published content as a content-export folder. Each type folder ends up holding
/// exactly the published documents, so export → import → export gives the same bytes.
/// </summary>
public sealed class ContentExporter(CampaignDbContext db, IOptions<SiteOptions> options)
{
    public async Task<(int Documents, int Media)> ExportAsync(string dir, TextWriter log, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var published = await (from d in db.Documents
                               join v in db.Versions on d.PublishedVersionId equals v.Id
                               orderby d.Type, d.Slug
                               select new { d.Type, d.Slug, v.Fields }).ToListAsync(ct);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in published)
        {
            var type = DocumentTypes.Find(row.Type)!;
            Directory.CreateDirectory(Path.Combine(dir, type.Name));
            foreach (var (culture, document) in DocumentJson.DeserializeVariants(row.Fields, type))
            {
                var path = Path.Combine(dir, type.Name, row.Slug + Cultures.FileSuffix(culture) + ".md");
                WriteIfChanged(path, DocumentWriter.Write(document, culture));
                written.Add(Path.GetFullPath(path));
            }
        }
        foreach (var type in DocumentTypes.All)
        {
            var folder = Path.Combine(dir, type.Name);
            if (!Directory.Exists(folder)) continue;
            foreach (var stale in Directory.GetFiles(folder, "*.md").Where(f => !written.Contains(Path.GetFullPath(f))))
            {
                File.Delete(stale);
                log.WriteLine($"  removed {stale}: not published");
            }
        }

        var media = await db.Media.OrderBy(m => m.Path).Select(m => m.Path).ToListAsync(ct);
        Directory.CreateDirectory(Path.Combine(dir, "media"));
        foreach (var path in media)
        {
            var source = Path.Combine(options.Value.MediaPath, MediaPath.FileName(path));
            var destination = Path.Combine(dir, path);
            if (File.Exists(source) && !SameFile(source, destination)) File.Copy(source, destination, overwrite: true);
        }
        log.WriteLine($"exported {published.Count} documents ({written.Count} files) and {media.Count} media files to {dir} in {watch.Elapsed.TotalSeconds:0.00} s");
        return (published.Count, media.Count);
    }

    static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        File.WriteAllText(path, text);
    }

    static bool SameFile(string a, string b) =>
        File.Exists(b) && new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
}
