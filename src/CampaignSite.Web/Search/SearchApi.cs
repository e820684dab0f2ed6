using CampaignSite.Content.Types;
using CampaignSite.Content.Delivery;

namespace CampaignSite.Search;

/// <summary>/api/search and /api/search/suggest: JSON for partner apps and the search box.</summary>
static class SearchApi
{
    public static async Task<IResult> SearchAsync(HttpContext context, SearchService search, PublicUrls urls, CancellationToken ct)
    {
        var query = context.Request.Query;
        var culture = query["culture"].ToString() is { Length: > 0 } c ? c : Cultures.Chinese;
        if (Cultures.Problem(culture) is { } wrongCulture) return Problem(wrongCulture);
        DocumentType? type = null;
        if (query["type"].ToString() is { Length: > 0 } t && (type = DocumentTypes.Find(t)) is null)
            return Problem($"type must be one of: {string.Join(", ", DocumentTypes.All.Select(x => x.Name))}");
        var (filter, page, problem) = ListQuery.Parse(query, type, Cultures.English);
        if (problem is not null) return Problem(problem);
        var pageSize = 10;
        if (query["pageSize"].ToString() is { Length: > 0 } ps && (!int.TryParse(ps, out pageSize) || pageSize is < 1 or > 50))
            return Problem("pageSize must be a whole number from 1 to 50");
        var sortByDate = query["sort"].ToString() switch { "" or "relevance" => false, "date" => true, _ => (bool?)null };
        if (sortByDate is null) return Problem("sort must be relevance or date");

        var result = await search.SearchAsync(new SearchRequest(query["q"], culture, filter, sortByDate.Value, page, pageSize), ct);
        if (result.Unavailable)
        {
            context.Response.Headers.RetryAfter = "30";
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Search is being rebuilt on this server; try again in a minute.");
        }
        return Results.Json(new
        {
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            hint = result.Hint,
            items = result.Items.Select(i => new
            {
                type = i.Type, slug = i.Slug, url = urls.Absolute(context.Request, culture, i.Path),
                title = i.Title, snippet = i.Snippet, score = i.Score, date = Dates.Iso(i.PublishedUtc),
            }),
            facets = result.Facets,
        });
    }

    public static async Task<IResult> SuggestAsync(HttpContext context, SearchService search, PublicUrls urls, CancellationToken ct)
    {
        var culture = context.Request.Query["culture"].ToString() is { Length: > 0 } c ? c : Cultures.Chinese;
        if (Cultures.Problem(culture) is { } wrongCulture) return Problem(wrongCulture);
        var suggestions = await search.SuggestAsync(context.Request.Query["q"], culture, ct);
        return Results.Json(suggestions.Select(s => new { title = s.Title, url = urls.Absolute(context.Request, culture, s.Path) }));
    }

    static IResult Problem(string message) => Problems.BadRequest(message);
}
