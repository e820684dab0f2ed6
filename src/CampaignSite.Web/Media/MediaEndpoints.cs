using System.Collections.Concurrent;
using CampaignSite.Data;
using CampaignSite.Media.Imaging;
using CampaignSite.Media.Storage;
using Microsoft.Net.Http.Headers;

namespace CampaignSite.Media;

/// <summary>
/// GET /media/{name}: the original, or with commands (?width=&amp;height=&amp;rmode=…&amp;hmac=, or
/// ?preset=card) a processed variant from the disk cache. Every bad request gets a 4xx and a sentence.
/// </summary>
public sealed class MediaEndpoints(MediaCatalog catalog, IMediaStore store, ImagePipeline pipeline, ImageSigner signer, VariantCache cache, MediaOptions options)
{
    const string Immutable = "public, max-age=31536000, immutable", Day = "public, max-age=86400";
    const int MaxRemembered = 10_000;

    /// <summary>A URL already checked and resolved to its variant: the next request for it skips parsing, signature and hashing.</summary>
    sealed record Resolved(string SourceVersion, string Key, ImageFormat Format, bool Current);
    readonly ConcurrentDictionary<string, Resolved> resolved = new();

    /// <summary>The middleware: the services are singletons, taken once, so a cache hit creates no request scope.</summary>
    public static Func<HttpContext, RequestDelegate, Task> Middleware(IServiceProvider services)
    {
        var endpoints = ActivatorUtilities.CreateInstance<MediaEndpoints>(services);
        var logger = services.GetRequiredService<ILogger<MediaEndpoints>>();
        return async (context, next) =>
        {
            IResult? result;
            try { result = await endpoints.ServeAsync(context, context.RequestAborted); }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted && MediaStores.IsOutage(e))
            {
                context.Response.Headers.RetryAfter = DatabaseErrors.RetryAfterSeconds.ToString();
                result = Results.Text("The media library cannot be reached right now; try again shortly.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                // This runs before the site's error page; a bug still gets a logged, plain answer.
                logger.LogError(e, "Serving {Path}{Query} failed", context.Request.Path, context.Request.QueryString);
                result = Results.Text("The image could not be served.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status500InternalServerError);
            }
            if (result is null) await next(context);
            else await result.ExecuteAsync(context);
        };
    }

    /// <summary>The answer to a /media request, or null when the path is not a library file.</summary>
    public async Task<IResult?> ServeAsync(HttpContext context, CancellationToken ct)
    {
        var name = context.Request.Path.Value!.Length > "/media/".Length ? context.Request.Path.Value["/media/".Length..] : "";
        var path = "media/" + name;
        if (!MediaPath.IsValid(path) || await catalog.FindAsync(path, ct) is not { } source) return null;

        var url = context.Request.QueryString.HasValue ? name + context.Request.QueryString.Value : null;
        if (url is not null && resolved.TryGetValue(url, out var known) && known.SourceVersion == source.Version && cache.Find(known.Key, known.Format.Extension()) is { } hit)
            return Variant(context, hit, known);

        var (request, error) = ImageRequest.Parse(context.Request.Query, options.MaxDimension);
        if (request is null) return BadRequest(error!);
        var current = request.Version == source.Version;
        var commands = request.Commands;
        if (commands.IsEmpty) return await OriginalAsync(context, source, current, ct);

        if (source.Format is not { } sourceFormat) return BadRequest($"{name} is not an image; only images take processing commands");
        if (!request.IsPresetOnly && !signer.Verify(path, commands, request.Signature))
            return BadRequest(request.Signature is null
                ? "image commands need a signed URL (hmac=); use a preset such as ?preset=card, or a URL the site generated"
                : "the hmac signature does not match this image and these commands");
        if (!pipeline.Available) return await OriginalAsync(context, source, current, ct);

        var wanted = ImagePresets.Expand(commands);
        if (wanted.Focal is null && wanted.Anchor is null) wanted = wanted with { Focal = (source.FocalX, source.FocalY) };
        var format = wanted.Format ?? (sourceFormat == ImageFormat.Gif ? ImageFormat.Png : sourceFormat);
        var variant = new Resolved(source.Version, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(source.Sha256 + "?" + wanted.Normalized))), format, current);
        string file;
        try
        {
            if (cache.Find(variant.Key, format.Extension()) is { } made) file = made;
            else if (await store.LocalFileAsync(source.Name, source.Sha256, ct) is not { } original) return null;
            else file = await cache.GetOrCreateAsync(variant.Key, format.Extension(), () =>
                ImageProcessor.Process(original, sourceFormat, wanted with { Format = format }, options.MaxPixels,
                    source is { Width: { } w, Height: { } h } ? (w, h) : null).Bytes, ct);
        }
        catch (VipsException e)
        {
            return Results.Text($"{name} cannot be processed with these commands: {e.Message}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        if (resolved.Count >= MaxRemembered) resolved.Clear();
        resolved[url!] = variant;
        return Variant(context, file, variant);
    }

    static IResult Variant(HttpContext context, string file, Resolved variant)
    {
        context.Response.Headers.CacheControl = variant.Current ? Immutable : Day;
        return Results.File(file, variant.Format.ContentType(), entityTag: new EntityTagHeaderValue($"\"{variant.Key[..24]}\""), enableRangeProcessing: false);
    }

    /// <summary>The original from this node's disk: the stored file, or a copy fetched from the bucket once. Null (the site's 404) when the store has lost it.</summary>
    async Task<IResult?> OriginalAsync(HttpContext context, MediaSource source, bool current, CancellationToken ct)
    {
        if (await store.LocalFileAsync(source.Name, source.Sha256, ct) is not { } file) return null;
        context.Response.Headers.CacheControl = current ? Immutable : Day;
        return Results.File(file, source.ContentType, entityTag: new EntityTagHeaderValue($"\"{source.Sha256[..24]}\""), enableRangeProcessing: true);
    }

    static IResult BadRequest(string message) =>
        Results.Text("Bad image request: " + message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
