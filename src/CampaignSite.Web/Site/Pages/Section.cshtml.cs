namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Mvc;

public sealed class SectionModel(PublishedContent content) : SitePage
{
    public const int PageSize = 12;

    public DocumentType Type { get; private set; } = null!;
    public Paged<Card> List { get; private set; } = null!;
    public ListFilter Filter { get; private set; } = new();
    public FieldModel? Facet => Type.Facet;
    public Dictionary<string, int> Provinces { get; private set; } = [];
    public Dictionary<string, int> Facets { get; private set; } = [];
    public Dictionary<string, int> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (DocumentTypes.FindSection(section) is not { } type) return NotFound();
        Type = type;
        var (filter, page, problem) = ListQuery.Parse(Request.Query, type, Culture);
        if (problem is not null) return Problem(400, problem);
        Filter = filter;
        List = await content.ListAsync(Culture, filter, page, PageSize, ct);
        if (page > List.Pages) return NotFound();
        (Provinces, Facets, Tasks) = await content.FilterCountsAsync(Culture, type.Name, ct);
        Title = type.Label(Culture);
        CanonicalPath = PublicUrls.Section(type);
        Feed = FeedScope.ForType(type);
        return Page();
    }
}
