namespace CampaignSite.Search.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using CampaignSite.Search;
using Microsoft.AspNetCore.Mvc;

public sealed class SearchModel(SearchService search) : SitePage
{
    public const int PageSize = 10;

    public string Q { get; private set; } = "";
    public DocumentType? Type { get; private set; }
    public ListFilter Filter { get; private set; } = new();
    public bool SortByDate { get; private set; }
    public SearchResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Q = Request.Query["q"].ToString();
        if (Request.Query["type"].ToString() is { Length: > 0 } t && (Type = DocumentTypes.Find(t)) is null)
            return Problem(400, Culture == Cultures.English ? $"'{t}' is not a content type." : $"“{t}”不是内容类型。");
        var (filter, page, problem) = ListQuery.Parse(Request.Query, Type, Culture);
        if (problem is not null) return Problem(400, problem);
        Filter = filter;
        SortByDate = Request.Query["sort"] == "date";
        Result = await search.SearchAsync(new SearchRequest(Q, Culture, filter, SortByDate, page, PageSize), ct);
        if (Result.Unavailable)
        {
            Response.Headers.RetryAfter = "30";
            return Problem(503, Result.Hint!);
        }
        if (page > Result.Pages) return NotFound();
        Title = string.IsNullOrWhiteSpace(Q) ? T("search") : $"{T("search")}：{Q}";
        CanonicalPath = "/search";
        return Page();
    }

    /// <summary>This search with one parameter changed (null removes it), back to page 1.</summary>
    public string With(string key, string? value)
    {
        var query = Request.Query.Where(q => q.Key != key && q.Key != "page")
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).ToList();
        if (value is not null) query.Add(new(key, value));
        if (key == "type") query.RemoveAll(q => q.Key is "kind" or "category" or "level");
        return Href("/search") + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    public string FacetLabel(string dimension, string id) => dimension switch
    {
        "type" => DocumentTypes.Find(id)?.Label(Culture) ?? id,
        "task" => ChoiceLabels.TryParse(typeof(TaskArea), id, out var t) ? ChoiceLabels.Label((Enum)t!, Culture) : id,
        "region" => Provinces.Name(id, Culture),
        _ => Type?.Facet is { } f && ChoiceLabels.TryParse(f.ValueType, id, out var v) ? ChoiceLabels.Label((Enum)v!, Culture) : id,
    };

    public string FacetKey(string dimension) => dimension switch
    {
        "facet" => Type?.Facet?.Key ?? "facet",
        _ => dimension,
    };

    public string? Selected(string dimension) => dimension switch
    {
        "type" => Filter.Type,
        "task" => Filter.Task is { } t ? ChoiceLabels.Id(t) : null,
        "region" => Filter.Province,
        _ => Filter.Facet,
    };
}
