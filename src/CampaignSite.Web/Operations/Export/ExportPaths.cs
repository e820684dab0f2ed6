using System.Security.Cryptography;
using System.Text;

namespace CampaignSite.Operations.Export;

/// <summary>
/// Where each address of the site goes in a static export under a path prefix, and what becomes of
/// the addresses a static copy cannot serve. Pages become folders with an index.html (a list's
/// `?page=N` a page-N folder); assets, feeds and the sitemap keep their names; an image variant
/// (`/media/x.jpg?preset=card&amp;format=webp`) gets a name from its commands and its format's extension.
/// </summary>
public sealed class ExportPaths(string prefix)
{
    /// <summary>The prefix the export lives under, with its slashes: "/", or "/zhuanti/fangzhi/".</summary>
    public string Prefix { get; } = "/" + prefix.Trim('/') + (prefix.Trim('/').Length > 0 ? "/" : "");

    public enum Kind { Exported, Live, Dropped }

    // Addresses only a running site answers: search and the API go to the live site (when it is known),
    // the elder-mode switch (a cookie) and the backoffice are left out.
    static readonly string[] Live = ["/search", "/api"];
    static readonly string[] Dropped = ["/elder", "/backoffice", "/healthz", "/metrics", "/error"];

    /// <summary>What happens to a root-relative address (path and query) of the site.</summary>
    public static Kind Classify(string pathAndQuery)
    {
        var (path, query) = Split(pathAndQuery);
        var bare = path.StartsWith("/en/", StringComparison.Ordinal) || path == "/en" ? path[3..] : path;
        if (Live.Any(p => Under(bare, p))) return Kind.Live;
        if (Dropped.Any(p => Under(bare, p))) return Kind.Dropped;
        if (Under(path, "/media")) return Kind.Exported;
        if (query.Length == 0) return Kind.Exported;
        // A page with a query is exported only as a page of its list; filters need the running site.
        return IsPage(path) && PageNumber(query) is not null ? Kind.Exported : Kind.Live;
    }

    /// <summary>The file an exported address is written to, relative to the export folder, with forward slashes.</summary>
    public static string File(string pathAndQuery)
    {
        var (path, query) = Split(pathAndQuery);
        var trimmed = path.Trim('/');
        if (IsPage(path))
        {
            var folder = trimmed.Length == 0 ? "" : trimmed + "/";
            return PageNumber(query) is { } n && n > 1 ? $"{folder}page-{n}/index.html" : folder + "index.html";
        }
        if (query.Length == 0) return trimmed;
        var dot = trimmed.LastIndexOf('.');
        var stem = dot > trimmed.LastIndexOf('/') ? trimmed[..dot] : trimmed;
        var extension = dot > trimmed.LastIndexOf('/') ? trimmed[dot..] : "";
        var format = System.Web.HttpUtility.ParseQueryString(query)["format"];
        if (format is { Length: > 0 }) extension = "." + (format == "jpeg" ? "jpg" : format);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..10].ToLowerInvariant();
        return $"{stem}.{name}{extension}";
    }

    /// <summary>The address of an exported address inside the export: the prefix, then its file (a page's folder).</summary>
    public string Href(string pathAndQuery)
    {
        var file = File(pathAndQuery);
        return Prefix + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
    }

    /// <summary>A page: an address whose last segment has no extension, outside the asset and media folders.</summary>
    static bool IsPage(string path) =>
        !Under(path, "/ui") && !Under(path, "/media") && !path[(path.LastIndexOf('/') + 1)..].Contains('.');

    static int? PageNumber(string query) =>
        query.StartsWith("page=", StringComparison.Ordinal) && int.TryParse(query[5..], out var n) && n > 0 ? n : null;

    static bool Under(string path, string folder) =>
        path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal) || path.StartsWith(folder + "?", StringComparison.Ordinal);

    static (string Path, string Query) Split(string pathAndQuery)
    {
        var hash = pathAndQuery.IndexOf('#');
        if (hash >= 0) pathAndQuery = pathAndQuery[..hash];
        var q = pathAndQuery.IndexOf('?');
        return q < 0 ? (pathAndQuery, "") : (pathAndQuery[..q], pathAndQuery[(q + 1)..]);
    }
}
