namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// /preview/{token} (and /en/preview/{token}): a document's draft for whoever holds a link an editor
/// made, without signing in. When the link works is <see cref="PreviewLinks.OpenAsync"/>'s to say;
/// every other case is a 404 with one sentence. Never output-cached: a cached copy would outlive the link.
/// </summary>
[NeverCached]
public sealed class PreviewModel(PublishedContent content, PreviewLinks links, EditorPreview preview) : DocumentPage(content)
{
    public int Version { get; private set; }
    public DateTime ExpiresUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        KeepPrivate();
        if (await links.OpenAsync(token, ct) is not { } open || DocumentTypes.Find(open.Document.Type) is not { } type)
            return Problem(StatusCodes.Status404NotFound, T("preview.gone"));
        var draft = await preview.GetAsync(Culture, type, open.Document, ct);
        (Version, ExpiresUtc) = (draft.Version, open.Link.ExpiresUtc);
        await ShowAsync(type, draft.Entry, draft.Document, ct);
        return Page();
    }
}
