using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Http;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// Reads a list page's query string (task, region, the type's facet, page) into a filter,
/// or says in plain words which parameter is wrong.
/// </summary>
public static class ListQuery
{
    public static (ListFilter Filter, int Page, string? Problem) Parse(IQueryCollection query, DocumentType? type, string culture)
    {
        var en = culture == Cultures.English;
        TaskArea? task = null;
        string? province = null, facet = null;
        var page = 1;

        if (Value(query, "task") is { } t)
        {
            if (!ChoiceLabels.TryParse(typeof(TaskArea), t, out var parsed))
                return Fail(en ? $"'{t}' is not a task area. Use one of: {Ids<TaskArea>()}." : $"“{t}”不是任务方向，可用：{Ids<TaskArea>()}。");
            task = (TaskArea)parsed!;
        }
        if (Value(query, "region") is { } r)
        {
            if (!Provinces.Exists(r)) return Fail(en ? $"'{r}' is not a province id, for example jiangsu." : $"“{r}”不是省份代码，例如 jiangsu。");
            province = r;
        }
        if (type?.Facet is { } f && Value(query, f.Key) is { } v)
        {
            if (!ChoiceLabels.TryParse(f.ValueType, v, out _))
                return Fail(en ? $"'{v}' is not a {f.Key}. Use one of: {string.Join(", ", ChoiceLabels.Ids(f.ValueType))}." : $"“{v}”不是有效的{f.Label.Zh}，可用：{string.Join(", ", ChoiceLabels.Ids(f.ValueType))}。");
            facet = v;
        }
        if (Value(query, "page") is { } p && (!int.TryParse(p, out page) || page < 1 || page > 100_000))
            return Fail(en ? $"'{p}' is not a page number." : $"“{p}”不是有效的页码。");

        return (new ListFilter(type?.Name, task, province, facet), page, null);

        static (ListFilter, int, string?) Fail(string message) => (new ListFilter(), 1, message);
    }

    static string? Value(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

    static string Ids<T>() where T : struct, Enum => string.Join(", ", ChoiceLabels.Ids(typeof(T)));
}
