using CampaignSite.Content.Markdown;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// The editor's live preview: Markdown rendered by the public site's own pipeline (sanitised the
/// same way). A plain PageModel: it must not read the one-line notice (TempData) that the next
/// page is about to show, which a preview fired while the form is being sent would otherwise take.
/// </summary>
public sealed class MarkdownModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown) =>
        markdown is { Length: > 200_000 }
            ? BadRequest("The text is longer than 200,000 characters.")
            : Content(MarkdownRenderer.ToHtml(markdown ?? ""), "text/html; charset=utf-8");
}
