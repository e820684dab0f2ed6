using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Content.Checks;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// The editor's live preview: Markdown rendered by the public site's own pipeline (sanitised the
/// same way), and with the Checks handler the whole form: every Markdown field rendered and the
/// editorial checks' findings for what is typed, in one request. A plain PageModel: it must not read
/// the one-line notice (TempData) that the next page is about to show, which a preview fired while the
/// form is being sent would otherwise take.
/// </summary>
public sealed class MarkdownModel(ContentChecks checks) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    const int MaxLength = 200_000;

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown) =>
        markdown is { Length: > MaxLength }
            ? BadRequest("The text is longer than 200,000 characters.")
            : Content(MarkdownRenderer.ToHtml(markdown ?? ""), "text/html; charset=utf-8");

    /// <summary>The document form's previews and findings: { previews: {input: html}, findings: [{input, rule, severity, line, message}] }.</summary>
    public async Task<IActionResult> OnPostChecksAsync([FromQuery] string? type, [FromQuery] int? id, CancellationToken ct)
    {
        if (DocumentTypes.Find(type ?? "") is not { } documentType)
            return BadRequest($"type must be one of: {string.Join(", ", DocumentTypes.All.Select(t => t.Name))}");
        if (!User.MayEdit(documentType.Name))
        {
            HttpContext.Items[SitePage.ProblemKey] = $"Your account may not work on {documentType.LabelEn.ToLowerInvariant()}.";
            return StatusCode(403);
        }
        var markdown = Cultures.All.SelectMany(c => DocumentForm.Inputs(documentType, c)).Where(i => i.Field.Kind == FieldKind.Markdown).ToList();
        if (markdown.Any(i => Request.Form[i.Name].ToString().Length > MaxLength)) return BadRequest("The text is longer than 200,000 characters.");

        var (variants, _) = DocumentForm.Bind(documentType, name => Request.Form[name]);
        var findings = await checks.CheckAsync(variants, id, ct);
        return new JsonResult(new
        {
            previews = markdown.ToDictionary(i => i.Name, i => MarkdownRenderer.ToHtml(Request.Form[i.Name].ToString())),
            findings = findings.Select(f => new
            {
                input = $"{f.Culture}.{f.Field}", rule = f.Rule, severity = f.Severity == CheckSeverity.Error ? "error" : "warning", f.Culture, f.Field, f.Line, f.Message,
            }),
        });
    }
}
