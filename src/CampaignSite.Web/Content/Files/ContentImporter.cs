using System.Diagnostics;
using System.Security.Cryptography;
using CampaignSite.Content.Checks;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Media;
using CampaignSite.Media.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Content.Files;

public sealed record ImportSummary(int Created, int Updated, int Unchanged, int Media, TimeSpan Elapsed, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    public override string ToString() => Succeeded
        ? $"imported {Created + Updated + Unchanged} documents ({Created} new, {Updated} updated, {Unchanged} unchanged) and {Media} media files in {Elapsed.TotalSeconds:0.00} s"
        : $"import refused, nothing changed: {Errors.Count} problem(s)";
}

/// <summary>
/// Loads a content-export folder: reads and validates every file first, and only when all are
/// good saves and publishes them in one transaction. A bad file changes nothing.
/// </summary>
public sealed class ContentImporter(CampaignDbContext db, ContentStore contents, ContentScope scope, ContentChecks checks, IMediaStore store, TimeProvider clock)
{
    const int MaxListed = 50;

    sealed record MediaFile(string Path, string Source, string ContentType, long Length, string Sha256);

    public async Task<ImportSummary> ImportAsync(string dir, TextWriter log, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var errors = new List<string>();
        if (!Directory.Exists(dir)) return Fail($"folder '{dir}' does not exist");

        var media = ReadMedia(dir, errors);
        var documents = ContentFolder.Read(dir, errors);
        log.WriteLine($"read {documents.Count} documents and {media.Count} media files from {dir}");

        var rules = await DatabaseRuleContext.LoadAsync(db, ct);
        foreach (var m in media) rules.AddMedia(m.Path);
        foreach (var d in documents) rules.AddDocument(d.Type.Name, d.Variants[Cultures.Chinese].Slug);
        foreach (var d in documents)
            errors.AddRange(ContentStore.Validate(d.Type, d.Variants, rules).Select(e => $"{FileOf(dir, d.Type, e)}: {e.Error}"));
        if (errors.Count > 0) return Fail([.. errors]);

        // The editorial checks: errors refuse the import as a bad file does, warnings are reported.
        var states = await db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null)
            .Select(d => new { d.Type, d.Slug, Published = d.PublishedVersionId != null }).ToDictionaryAsync(d => (d.Type, d.Slug), d => d.Published, ct);
        var findings = FolderCheck.Run(documents, await checks.TermsAsync(ct), states);
        foreach (var w in findings.Where(f => f.Finding.Severity == CheckSeverity.Warning)) log.WriteLine($"  warning: {w.Format(w.File)}");
        errors.AddRange(findings.Where(f => f.Finding.Severity == CheckSeverity.Error).Select(f => f.Format(f.File)));
        if (errors.Count > 0) return Fail([.. errors]);

        // Files first, rows after: a row never points at a file the store does not have.
        try { await StoreMediaAsync(media, ct); }
        catch (MediaStoreUnavailableException e) { return Fail($"the media store cannot be reached, so nothing was imported: {e.Message}"); }
        int created = 0, updated = 0, unchanged = 0;
        await using (var unit = await scope.BeginAsync(ct))
        {
            var known = await db.Media.ToDictionaryAsync(m => m.Path, ct);
            foreach (var m in media)
            {
                var added = !known.TryGetValue(m.Path, out var row);
                if (added)
                    db.Media.Add(row = new MediaRecord { Path = m.Path, ContentType = m.ContentType, Sha256 = m.Sha256, CreatedUtc = clock.GetUtcNow().UtcDateTime });
                if (added || row!.Sha256 != m.Sha256) scope.Changed(new ChangeRecord { Kind = added ? ChangeKind.MediaAdded : ChangeKind.MediaChanged, MediaPath = m.Path });
                if (row!.Sha256 != m.Sha256) (row.Width, row.Height) = (null, null); // measured again at the next start
                (row.ContentType, row.Length, row.Sha256) = (m.ContentType, m.Length, m.Sha256);
                // A cover without alt text in the library takes the words of the first document that shows it.
                if (row.AltZh is null && documents.Select(d => d.Variants[Cultures.Chinese]).FirstOrDefault(d => d.Cover == m.Path) is { } user)
                {
                    row.AltZh = user.CoverAlt;
                    row.AltEn = documents.FirstOrDefault(d => d.Variants[Cultures.Chinese] == user)?.Variants.GetValueOrDefault(Cultures.English)?.CoverAlt;
                }
            }
            await db.SaveChangesAsync(ct);

            var current = await CurrentPublishedAsync(ct);
            foreach (var d in documents)
            {
                var key = (d.Type.Name, d.Variants[Cultures.Chinese].Slug);
                var json = DocumentJson.SerializeVariants(d.Variants);
                if (current.TryGetValue(key, out var existing) && existing == json) { unchanged++; continue; }
                var result = await contents.SaveAsync(d.Variants, "import", publish: true, rules, ct: ct);
                if (!result.Succeeded) return Fail([.. result.Errors.Select(e => e.ToString())]);
                if (current.ContainsKey(key)) updated++; else created++;
                if ((created + updated) % 100 == 0) log.WriteLine($"  saved {created + updated} documents");
            }
            await unit.CompleteAsync(ct);
        }
        var summary = new ImportSummary(created, updated, unchanged, media.Count, watch.Elapsed, []);
        log.WriteLine(summary);
        return summary;

        ImportSummary Fail(params string[] problems)
        {
            db.ChangeTracker.Clear();
            // The first problems are what a reader can act on; a folder-wide mistake should not bury the summary.
            foreach (var p in problems.Take(MaxListed)) log.WriteLine("  " + p);
            if (problems.Length > MaxListed) log.WriteLine($"  ... and {problems.Length - MaxListed} more");
            var failed = new ImportSummary(0, 0, 0, 0, watch.Elapsed, problems);
            log.WriteLine(failed);
            return failed;
        }
    }

    async Task<Dictionary<(string, string), string>> CurrentPublishedAsync(CancellationToken ct)
    {
        var rows = await (from d in db.Documents
                          join v in db.Versions on d.PublishedVersionId equals v.Id
                          select new { d.Type, d.Slug, v.Fields, v.Number, d.LatestVersion }).ToListAsync(ct);
        // Only a document whose latest version is the published one counts as unchanged.
        return rows.Where(r => r.Number == r.LatestVersion).ToDictionary(r => (r.Type, r.Slug), r => r.Fields);
    }

    static string FileOf(string dir, DocumentType type, DocumentError e) =>
        Path.Combine(dir, type.Name, $"{e.Document.Split('/')[1]}{Cultures.FileSuffix(e.Culture)}.md");

    static List<MediaFile> ReadMedia(string dir, List<string> errors)
    {
        var folder = Path.Combine(dir, "media");
        var result = new List<MediaFile>();
        if (!Directory.Exists(folder)) return result;
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var path = "media/" + Path.GetFileName(file);
            if (!MediaPath.IsValid(path)) { errors.Add($"{file}: media file names must be lowercase a-z, 0-9, '.', '-', '_' with an image or PDF extension"); continue; }
            var bytes = File.ReadAllBytes(file);
            var sniffed = MediaTypes.Sniff(bytes);
            if (sniffed is null || sniffed != MediaTypes.FromExtension(file))
            {
                errors.Add($"{file}: the content is {(sniffed ?? "not a supported image or PDF")}, which does not match its extension");
                continue;
            }
            result.Add(new MediaFile(path, file, sniffed, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }
        return result;
    }

    /// <summary>Puts the files the library does not have yet, or has with other bytes, into the media store (before their rows commit).</summary>
    async Task StoreMediaAsync(List<MediaFile> media, CancellationToken ct)
    {
        var known = await db.Media.AsNoTracking().Where(m => m.Kind != MediaKind.Video).ToDictionaryAsync(m => m.Path, m => m.Sha256, ct);
        foreach (var m in media.Where(m => known.GetValueOrDefault(m.Path) != m.Sha256))
            await store.PutAsync(MediaPath.FileName(m.Path), await File.ReadAllBytesAsync(m.Source, ct), m.ContentType, ct);
    }
}
