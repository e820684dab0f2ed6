using CampaignSite.Content.Delivery;
using CampaignSite.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// Holds a form posted to the media library to <c>CampaignSite:Media:MaxBytes</c> for its file and that
/// plus <see cref="FormOverhead"/> for the whole request, and answers 413 with a sentence on the site's
/// error page when it is over. A declared length over the limit is refused before a byte of the body
/// is read; a body without one (or a file part over MaxBytes) stops being read where it passes the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MediaUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>
    /// Room for the form around the file: boundaries and part headers, a file name, both alt texts
    /// (500 characters each, three bytes a Chinese character) and the antiforgery token.
    /// </summary>
    public const long FormOverhead = 16 * 1024;

    /// <summary>Before antiforgery (order 1000), which reads the form: the limits must be set by then.</summary>
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType) return;
        var media = http.RequestServices.GetRequiredService<MediaOptions>();
        var limit = media.MaxBytes + FormOverhead;
        // The server stops reading there, also for the rest of a refused body it would otherwise drain.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit) { Refuse(context, StatusCodes.Status413PayloadTooLarge, TooLarge(media)); return; }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = media.MaxBytes }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !http.RequestAborted.IsCancellationRequested)
        {
            // The form reader and the server say "limit" when they stop at one; anything else is a form that did not arrive whole.
            var overLimit = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            Refuse(context, overLimit ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                overLimit ? TooLarge(media) : "The upload did not arrive whole, so nothing was stored. Upload the file again.");
        }
    }

    static string TooLarge(MediaOptions media) =>
        $"The file is larger than the {media.MaxBytes / (1024.0 * 1024):0.#} MB the media library accepts, so nothing was stored. " +
        "Make it smaller (export it at a lower resolution or quality) and upload it again.";

    static void Refuse(AuthorizationFilterContext context, int status, string message)
    {
        var http = context.HttpContext;
        http.Items[SitePage.ProblemKey] = message;
        // The error page is shown for the same request: it must find an empty form instead of reading the refused body.
        http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(status);
    }
}
