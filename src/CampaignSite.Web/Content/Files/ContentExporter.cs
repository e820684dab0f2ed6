using System.Diagnostics;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using CampaignSite.Media;
using CampaignSite.Media.Storage;

namespace CampaignSite.Content.Files;

/// <summary>
/// Writes the published content as a content-export folder. Each type folder ends up holding
/// exactly the published documents, so export → import → export gives the same bytes.
/// </summary>
public sealed class ContentExporter(CampaignDbContext db, IMediaStore store)
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

        var media = await db.Media.Where(m => m.Kind != MediaKind.Video).OrderBy(m => m.Path).Select(m => m.Path).ToListAsync(ct);
        Directory.CreateDirectory(Path.Combine(dir, "media"));
        foreach (var path in media)
        {
            var destination = Path.Combine(dir, path);
            if (await store.ReadAsync(MediaPath.FileName(path), ct) is { } bytes && !Same(bytes, destination)) await File.WriteAllBytesAsync(destination, bytes, ct);
        }
        log.WriteLine($"exported {published.Count} documents ({written.Count} files) and {media.Count} media files to {dir} in {watch.Elapsed.TotalSeconds:0.00} s");
        return (published.Count, media.Count);
    }

    static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        File.WriteAllText(path, text);
    }

    static bool Same(byte[] a, string b) =>
        File.Exists(b) && new FileInfo(b).Length == a.Length && File.ReadAllBytes(b).AsSpan().SequenceEqual(a);
}
