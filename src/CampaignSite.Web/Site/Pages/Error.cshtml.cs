namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Media.Storage;
using Microsoft.AspNetCore.Diagnostics;

/// <summary>The site's own page for every 4xx and 5xx answer; a direct visit is a 404.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken] // it shows the answer to a refused form too, so it must not refuse it again
public sealed class ErrorModel : SitePage
{
    public int Code { get; private set; }
    public string? Message { get; private set; }
    public IEnumerable<DocumentType> Sections => DocumentTypes.All;

    public void OnGet(int code) => Show(code);
    public void OnPost(int code) => Show(code);

    void Show(int code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || failure is not null;
        Code = reExecuted && code is >= 400 and <= 599 ? code : 404;
        // The database or the media store is away: cached pages still answer; the rest say the site is back soon.
        if (failure is not null && MediaStores.IsOutage(failure.Error))
        {
            Code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = DatabaseErrors.RetryAfterSeconds.ToString();
        }
        Response.StatusCode = Code;
        Message = HttpContext.Items[ProblemKey] as string
            ?? (Code == 400 && HttpMethods.IsPost(Request.Method) ? T("form.refused") : null);
        Title = T(Code switch { 404 => "notfound.title", 403 => "forbidden.title", 429 => "toomany.title", 503 => "unavailable.title", >= 500 => "error.title", _ => "badrequest.title" });
        CanonicalPath = "/";
    }
}
