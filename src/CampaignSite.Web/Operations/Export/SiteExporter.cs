using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CampaignSite.Operations.Export;

/// <summary>
/// Writes the public site as static files for a path prefix, by reading it as a visitor would:
/// from the home pages, the feeds page and the sitemap it follows every link of the site, saves
/// each answer under <see cref="ExportPaths"/>, and rewrites the links of each page to the files.
/// What only a running site can answer (search, the API) points to the live site when
/// PublicBaseUrl is known and is left out otherwise, as are the feeds, the sitemap and robots.txt,
/// which must name absolute addresses. A file whose bytes did not change is not
/// written again, and files of an earlier export that the site no longer has are removed.
/// </summary>
public sealed partial class SiteExporter(HttpClient site, string folder, ExportPaths paths, string? publicBaseUrl, TextWriter log)
{
    public const string Manifest = ".export-files";

    public sealed record Summary(int Files, int Written, int Unchanged, int Removed, IReadOnlyList<string> Broken, TimeSpan Took)
    {
        public override string ToString() =>
            $"exported {Files} files ({Written} written, {Unchanged} unchanged, {Removed} removed) in {Took.TotalSeconds:0.0} s" +
            (Broken.Count > 0 ? $"; {Broken.Count} addresses did not answer" : "");
    }

    readonly string origin = site.BaseAddress!.GetLeftPart(UriPartial.Authority);
    readonly string? live = string.IsNullOrWhiteSpace(publicBaseUrl) ? null : publicBaseUrl.TrimEnd('/');
    readonly Queue<(string Url, string From)> queue = new();
    readonly HashSet<string> queued = [];

    public async Task<Summary> RunAsync(CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        foreach (var start in new[] { "/", "/en/", "/feeds", "/en/feeds", "/sitemap.xml", "/robots.txt" })
            if (live is not null || !NamesAbsoluteAddresses(start)) Enqueue(start, "the start");
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var broken = new List<string>();
        int written = 0, unchanged = 0;
        while (queue.TryDequeue(out var next))
        {
            using var response = await site.GetAsync(next.Url, ct);
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{next.Url} answered {(int)response.StatusCode} (linked from {next.From})");
                continue;
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
                bytes = Encoding.UTF8.GetBytes(Rewrite(Encoding.UTF8.GetString(bytes), next.Url));
            else if (next.Url == "/sitemap.xml")
                foreach (Match m in SitemapAddress().Matches(Encoding.UTF8.GetString(bytes)))
                    if (SiteAddress(System.Net.WebUtility.HtmlDecode(m.Groups[m.Groups[1].Success ? 1 : 2].Value)) is { } path) Enqueue(path, "the sitemap");
            var file = ExportPaths.File(next.Url);
            if (await WriteAsync(file, bytes, ct)) written++; else unchanged++;
            produced.Add(file);
            if (produced.Count % 200 == 0) log.WriteLine($"  {produced.Count} files, {queue.Count} to go");
        }
        var removed = await RemoveStaleAsync(produced, ct);
        return new Summary(produced.Count, written, unchanged, removed, broken, watch.Elapsed);
    }

    /// <summary>Queues an address of the site once per file it becomes.</summary>
    void Enqueue(string pathAndQuery, string from)
    {
        var hash = pathAndQuery.IndexOf('#');
        var url = hash >= 0 ? pathAndQuery[..hash] : pathAndQuery;
        if (queued.Add(ExportPaths.File(url))) queue.Enqueue((url, from));
    }

    /// <summary>The path and query of an address of this site (root-relative, or absolute on this site or the live one); null for any other.</summary>
    string? SiteAddress(string value)
    {
        if (value.StartsWith('/') && !value.StartsWith("//")) return value;
        foreach (var own in new[] { origin, live })
            if (own is not null && (value == own || value.StartsWith(own + "/", StringComparison.Ordinal)))
                return value.Length == own.Length ? "/" : value[own.Length..];
        return null;
    }

    string Rewrite(string html, string page)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], [action], meta[content]").ToList())
        {
            // Canonical, alternate and OpenGraph addresses name the live site on purpose, when it is known.
            var named = element.LocalName == "meta" || element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "alternate";
            var form = element.LocalName == "form";
            if (element.GetAttribute("srcset") is { } srcset)
                element.SetAttribute("srcset", string.Join(", ", srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(candidate => candidate.Split(' ', 2)).Select(c => (Map(c[0], page, named, form) ?? c[0]) + (c.Length > 1 ? " " + c[1] : ""))));
            foreach (var name in new[] { "href", "src", "action", "content" })
            {
                if (element.GetAttribute(name) is not { } value || name == "content" && SiteAddress(value) is null) continue;
                if (Map(value, page, named, form) is { } mapped) element.SetAttribute(name, mapped);
                else if (element.LocalName == "a") element.Replace([.. element.ChildNodes]);
                else element.Remove();
            }
        }
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    /// <summary>The address a link takes in the export; null when the export leaves it out.</summary>
    string? Map(string value, string page, bool named, bool form)
    {
        if (value.StartsWith('#') || SiteAddress(value) is not { } address) return value;
        if (named && live is not null && value.StartsWith(live, StringComparison.Ordinal)) return value;
        var kind = ExportPaths.Classify(address);
        // A form asks the running site (search, a list's filters): it goes to the live site, or it goes.
        if (form) return kind == ExportPaths.Kind.Live && live is not null ? live + address : null;
        // Feeds, the sitemap and robots.txt must name absolute addresses: without the live site's, they are left out.
        if (live is null && NamesAbsoluteAddresses(address)) return null;
        switch (kind)
        {
            case ExportPaths.Kind.Exported:
                Enqueue(address, page);
                return paths.Href(address) + (address.IndexOf('#') is var h and >= 0 ? address[h..] : "");
            case ExportPaths.Kind.Live when live is not null:
                return live + address;
            default:
                return null;
        }
    }

    static bool NamesAbsoluteAddresses(string address) =>
        address.Split('?', '#')[0] is var path && (path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
        && !path.StartsWith("/media/", StringComparison.Ordinal) && !path.StartsWith("/ui/", StringComparison.Ordinal);

    async Task<bool> WriteAsync(string file, byte[] bytes, CancellationToken ct)
    {
        if (file.Split('/').Any(segment => segment is ".." or "."))
            throw new InvalidOperationException($"the site gave an address that leaves the export folder: {file}");
        var target = Path.Combine(folder, file);
        if (File.Exists(target) && (await File.ReadAllBytesAsync(target, ct)).AsSpan().SequenceEqual(bytes)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, bytes, ct);
        return true;
    }

    /// <summary>Removes what an earlier export wrote that this one did not (and nothing it did not write), then records this one's files.</summary>
    async Task<int> RemoveStaleAsync(HashSet<string> produced, CancellationToken ct)
    {
        var manifest = Path.Combine(folder, Manifest);
        var removed = 0;
        if (File.Exists(manifest))
            foreach (var file in await File.ReadAllLinesAsync(manifest, ct))
                if (file.Length > 0 && !produced.Contains(file) && !file.Split('/').Contains("..") && File.Exists(Path.Combine(folder, file)))
                {
                    File.Delete(Path.Combine(folder, file));
                    removed++;
                }
        await File.WriteAllLinesAsync(manifest, produced.Order(StringComparer.Ordinal), ct);
        return removed;
    }

    [GeneratedRegex("<loc>([^<]+)</loc>|href=\"([^\"]+)\"")] private static partial Regex SitemapAddress();
}
