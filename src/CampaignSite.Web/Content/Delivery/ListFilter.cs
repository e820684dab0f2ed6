using System.Linq.Expressions;
using CampaignSite.Content.Types;
using CampaignSite.Data;

namespace CampaignSite.Content.Delivery;

/// <summary>A filter of a list: all optional.</summary>
public sealed record ListFilter(string? Type = null, TaskArea? Task = null, string? Province = null, string? Facet = null, bool? Featured = null, string? Tag = null)
{
    /// <summary>
    /// The one definition of what the filter keeps: EF translates it for lists, feeds and the API
    /// (a null parameter drops its condition from the SQL), and search compiles it for its hits.
    /// </summary>
    public Expression<Func<T, bool>> Keeps<T>() where T : IListedRow
    {
        var (type, province, facet, featured) = (Type, Province, Facet, Featured);
        var task = Task is { } t ? $"|{ChoiceLabels.Id(t)}|" : null;
        var tag = string.IsNullOrWhiteSpace(Tag) ? null : $"|{Tag.Trim()}|";
        return p => (type == null || p.Type == type)
            && (task == null || p.Tasks.Contains(task))
            && (province == null || p.Province == province)
            && (facet == null || p.Facet == facet)
            && (featured == null || p.Featured == featured)
            && (tag == null || p.Tags.Contains(tag));
    }
}
