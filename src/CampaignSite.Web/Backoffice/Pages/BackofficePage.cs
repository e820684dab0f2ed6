using CampaignSite.Content.Delivery;
using CampaignSite.Backoffice.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignSite.Backoffice.Pages;

/// <summary>What every backoffice page has: a title, a one-line notice carried across a redirect, and workflow outcomes as responses.</summary>
public abstract class BackofficePage : PageModel
{
    public string Title { get; set; } = "";

    [TempData] public string? Notice { get; set; }
    [TempData] public string? NoticeKind { get; set; }

    protected void Tell(string message, bool ok = true) { Notice = message; NoticeKind = ok ? "ok" : "error"; }

    /// <summary>A finished step: back to where the user was with what happened; refusals as 403/404.</summary>
    protected IActionResult After(WorkflowResult result, string redirectTo)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Forbidden: return Refuse(result.Message);
            default:
                Tell(result.Errors.Count == 0 ? result.Message : result.Message + " " + string.Join("; ", result.Errors.Select(e => $"{e.Culture} {e.Error}")), result.Succeeded);
                return LocalRedirect(redirectTo);
        }
    }

    /// <summary>403 with the reason, on the site's error page.</summary>
    protected IActionResult Refuse(string message)
    {
        HttpContext.Items[SitePage.ProblemKey] = message;
        return StatusCode(403);
    }

    public static string Href(string path) => BackofficeExtensions.PathPrefix + path;
}
