namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Markdown;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.AspNetCore.Html;

/// <summary>
/// One document as readers see it, whatever brought it: the published page, an editor's preview or
/// a reviewer's preview link. The pages find the document; this fills in everything shown of it.
/// </summary>
public abstract class DocumentPage(PublishedContent content) : SitePage
{
    public DocumentType Type { get; private set; } = null!;
    public PublishedEntry Entry { get; private set; } = null!;
    public Document Document { get; private set; } = null!;
    public HtmlString BodyHtml { get; private set; } = HtmlString.Empty;
    public List<(string Label, object Value)> Facts { get; } = [];
    public List<Card> Related { get; private set; } = [];
    public List<Card> Similar { get; private set; } = [];
    /// <summary>来源 / Source: the link and the words it is shown with; null when the document names no source address.</summary>
    public (string Url, string Name)? Source { get; private set; }
    /// <summary>The note an illustrative brand or product carries; null for every other document.</summary>
    public string? IllustrativeNote { get; private set; }

    protected async Task ShowAsync(DocumentType type, PublishedEntry entry, Document document, CancellationToken ct)
    {
        (Type, Entry, Document) = (type, entry, document);
        Title = document.SeoTitle is { Length: > 0 } seo ? seo : document.Title;
        Description = document.SeoDescription is { Length: > 0 } d ? d : document.Summary;
        CanonicalPath = PublicUrls.Detail(type, document.Slug);
        Feed = FeedScope.ForType(type);
        OgImage = document.Cover is null ? null : PublicUrls.Media(document.Cover);
        OgType = "article";
        BodyHtml = new HtmlString(MarkdownRenderer.ToHtml(document.Body));

        Source = document.SourceUrl is { Length: > 0 } sourceUrl ? (sourceUrl, Provenance.SourceName(document)!) : null;
        IllustrativeNote = Provenance.IsIllustrative(document) ? Provenance.IllustrativeNote(Culture) : null;
        foreach (var field in type.OwnFields.Where(f => f.Kind is not (FieldKind.Reference or FieldKind.Media) && !IsProvenance(f)))
            if (field.Property.GetValue(document) is { } value && !RuleAttribute.IsEmpty(value)) Facts.Add((field.LabelFor(Culture), value));
        var references = type.References(document).Where(r => r.Kind == ReferenceKind.Document)
            .Select(r => DocumentRef.TryParse(r.Target, out var dr) ? dr : default).Where(dr => dr.Type is not null).ToList();
        Related = await content.ReferencesAsync(Culture, references, ct);
        Similar = await content.SimilarAsync(Culture, type.Name, document.Slug, document.Tasks, 3, ct);
    }

    // The source and the illustrative flag have lines of their own, not a place among the facts.
    static bool IsProvenance(FieldModel field) =>
        field.Property.Name == nameof(IIllustrative.Illustrative) || (field.Property.DeclaringType == typeof(News) && field.Property.Name == nameof(News.Source));

    /// <summary>A draft is for its readers only: never stored by a cache on the way, never indexed.</summary>
    protected void KeepPrivate()
    {
        NoIndex = true;
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
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
