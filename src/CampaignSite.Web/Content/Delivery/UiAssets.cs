using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// The files of uistatic/, served as /ui/{hash}/{file}: the hash of the content is in the URL,
/// so a file can be cached for a year and a changed file gets a new URL.
/// </summary>
public sealed class UiAssets
{
    readonly FrozenDictionary<string, (string Hash, string Path)> files;
    static readonly FileExtensionContentTypeProvider Types = new();

    public UiAssets(string? folder)
    {
        files = (folder is null ? [] : Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            .ToFrozenDictionary(
                f => Path.GetRelativePath(folder!, f).Replace('\\', '/'),
                f => (Fingerprint(File.ReadAllBytes(f)), f));
    }

    /// <summary>The short hash of a file's bytes that its URL carries, so the URL changes when the bytes do.</summary>
    public static string Fingerprint(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    public string Url(string file) => files.TryGetValue(file, out var f) ? $"/ui/{f.Hash}/{file}" : $"/ui/missing/{file}";

    public IResult Serve(string hash, string file, HttpContext context)
    {
        if (!files.TryGetValue(file, out var f)) return Results.NotFound();
        if (!Types.TryGetContentType(file, out var type)) type = "application/octet-stream";
        context.Response.Headers.CacheControl = hash == f.Hash ? "public, max-age=31536000, immutable" : "no-cache";
        return Results.File(f.Path, type, enableRangeProcessing: false, lastModified: File.GetLastWriteTimeUtc(f.Path), entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{f.Hash}\""));
    }
}
