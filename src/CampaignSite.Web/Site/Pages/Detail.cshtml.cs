namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

public sealed class DetailModel(PublishedContent content, EditorPreview preview, IAuthorizationService authorization) : SitePage
{
    public DocumentType Type { get; private set; } = null!;
    public PublishedEntry Entry { get; private set; } = null!;
    public Document Document { get; private set; } = null!;
    public HtmlString BodyHtml { get; private set; } = HtmlString.Empty;
    public List<(string Label, object Value)> Facts { get; } = [];
    public List<Card> Related { get; private set; } = [];
    public List<Card> Similar { get; private set; } = [];
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
            (Type, Entry, Document, PreviewVersion) = (type, draft.Entry, draft.Document, draft.Version);
            Response.Headers.CacheControl = "private, no-store";
            Response.Headers["X-Robots-Tag"] = "noindex";
        }
        else if (await content.GetAsync(Culture, type, slug, ct) is { } found) (Type, Entry, Document) = (type, found.Entry, found.Document);
        else if (await content.RedirectAsync(type, slug, ct) is { } moved) return RedirectPermanent(Href(PublicUrls.Detail(type, moved)));
        else return NotFound();

        Title = Document.SeoTitle is { Length: > 0 } seo ? seo : Document.Title;
        Description = Document.SeoDescription is { Length: > 0 } d ? d : Document.Summary;
        CanonicalPath = PublicUrls.Detail(type, slug);
        Feed = FeedScope.ForType(type);
        OgImage = Document.Cover is null ? null : PublicUrls.Media(Document.Cover);
        OgType = "article";
        BodyHtml = new HtmlString(MarkdownRenderer.ToHtml(Document.Body));

        foreach (var field in type.OwnFields.Where(f => f.Kind is not (FieldKind.Reference or FieldKind.Media)))
            if (field.Property.GetValue(Document) is { } value && !RuleAttribute.IsEmpty(value)) Facts.Add((field.LabelFor(Culture), value));
        var references = type.References(Document).Where(r => r.Kind == ReferenceKind.Document)
            .Select(r => DocumentRef.TryParse(r.Target, out var d) ? d : default).Where(d => d.Type is not null).ToList();
        Related = await content.ReferencesAsync(Culture, references, ct);
        Similar = await content.SimilarAsync(Culture, type.Name, slug, Document.Tasks, 3, ct);
        return Page();
    }

    /// <summary>A fact's value as readers see it: labels for choices, links for URLs, dates in China time.</summary>
    public object Show(object value) => value switch
    {
        Enum e => ChoiceLabels.Label(e, Culture),
        bool b => Culture == Cultures.English ? (b ? "Yes" : "No") : (b ? "是" : "否"),
        DateTimeOffset d => Dates.Show(d),
        _ => value,
    };
}
