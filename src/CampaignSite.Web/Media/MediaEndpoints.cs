using CampaignSite.Content.Fields;
using CampaignSite.Media.Imaging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CampaignSite.Media;

/// <summary>
/// GET /media/{name}: the original, or with commands (?width=&amp;height=&amp;rmode=…&amp;hmac=, or
/// ?preset=card) a processed variant from the disk cache. Every bad request gets a 4xx and a sentence.
/// </summary>
public static class MediaEndpoints
{
    const string Immutable = "public, max-age=31536000, immutable", Day = "public, max-age=86400";

    public static async Task<IResult> ServeAsync(string name, HttpContext context, MediaCatalog catalog, ImagePipeline pipeline,
        ImageSigner signer, VariantCache cache, IOptions<MediaOptions> options, CancellationToken ct)
    {
        var path = "media/" + name;
        if (!MediaPath.IsValid(path) || await catalog.FindAsync(path, ct) is not { } source) return Results.NotFound();

        var (request, error) = ImageRequest.Parse(context.Request.Query, options.Value.MaxDimension);
        if (request is null) return BadRequest(error!);
        var current = request.Version == source.Version;
        var commands = request.Commands;
        if (commands.IsEmpty) return Original(context, source, current);

        if (source.Format is not { } sourceFormat) return BadRequest($"{name} is not an image; only images take processing commands");
        if (!request.IsPresetOnly && !signer.Verify(path, commands, request.Signature))
            return BadRequest(request.Signature is null
                ? "image commands need a signed URL (hmac=); use a preset such as ?preset=card, or a URL the site generated"
                : "the hmac signature does not match this image and these commands");
        if (!pipeline.Available) return Original(context, source, current);

        var resolved = ImagePresets.Expand(commands);
        if (resolved.Focal is null && resolved.Anchor is null) resolved = resolved with { Focal = (source.FocalX, source.FocalY) };
        var format = resolved.Format ?? (sourceFormat == ImageFormat.Gif ? ImageFormat.Png : sourceFormat);
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(source.Sha256 + "?" + resolved.Normalized)));
        string file;
        try
        {
            file = await cache.GetOrCreateAsync(key, format.Extension(), () =>
                ImageProcessor.Process(source.File, sourceFormat, resolved with { Format = format }, options.Value.MaxPixels).Bytes, ct);
        }
        catch (VipsException e)
        {
            return Results.Text($"{name} cannot be processed with these commands: {e.Message}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        context.Response.Headers.CacheControl = current ? Immutable : Day;
        return Results.File(file, format.ContentType(), entityTag: new EntityTagHeaderValue($"\"{key[..24]}\""), enableRangeProcessing: false);
    }

    static IResult Original(HttpContext context, MediaSource source, bool current)
    {
        context.Response.Headers.CacheControl = current ? Immutable : Day;
        return Results.File(source.File, source.ContentType, entityTag: new EntityTagHeaderValue($"\"{source.Sha256[..24]}\""), enableRangeProcessing: true);
    }

    static IResult BadRequest(string message) =>
        Results.Text("Bad image request: " + message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
