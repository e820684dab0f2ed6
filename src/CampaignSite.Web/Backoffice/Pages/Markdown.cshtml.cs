using CampaignSite.Content.Markdown;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

/// <summary>The editor's live preview: Markdown rendered by the public site's own pipeline (sanitised the same way).</summary>
public sealed class MarkdownModel : BackofficePage
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown) =>
        markdown is { Length: > 200_000 }
            ? BadRequest("The text is longer than 200,000 characters.")
            : Content(MarkdownRenderer.ToHtml(markdown ?? ""), "text/html; charset=utf-8");
}
