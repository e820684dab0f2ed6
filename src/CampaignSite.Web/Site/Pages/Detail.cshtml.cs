namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

public sealed class DetailModel(PublishedContent content, EditorPreview preview, IAuthorizationService authorization) : DocumentPage(content)
{
    /// <summary>Set when a signed-in editor previews the latest version.</summary>
    public int? PreviewVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken ct)
    {
        if (DocumentTypes.FindSection(section) is not { } type) return NotFound();
        if (!SlugAttribute.IsValid(slug))
            return SlugAttribute.IsValid(slug.ToLowerInvariant()) ? RedirectPermanent(Href(PublicUrls.Detail(type, slug.ToLowerInvariant()))) : NotFound();
        if (Request.Query.ContainsKey("preview") && (await authorization.AuthorizeAsync(User, type.Name, EditorPreview.Policy)).Succeeded)
        {
            if (await preview.GetAsync(Culture, type, slug, ct) is not { } draft) return NotFound();
            PreviewVersion = draft.Version;
            KeepPrivate();
            await ShowAsync(type, draft.Entry, draft.Document, ct);
        }
        else if (await content.GetAsync(Culture, type, slug, ct) is { } found) await ShowAsync(type, found.Entry, found.Document, ct);
        else if (await content.RedirectAsync(type, slug, ct) is { } moved) return RedirectPermanent(Href(PublicUrls.Detail(type, moved)));
        else return NotFound();
        return Page();
    }
}
