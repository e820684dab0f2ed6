using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CampaignSite.Search.Querying;

/// <summary>
/// One pass over every match: the hits that pass the filter go on to the ranking collector and the
/// total; the facets count every match that passes the other dimensions' filters (choosing a type
/// still shows how many matches the other types have). Values are compared as ordinals of the
/// segment (<see cref="SegmentFacts"/>), so a match costs a few array reads.
/// </summary>
public sealed class FacetCollector(ICollector top, ListFilter filter) : ICollector
{
    public const string TypeFacet = "type", TaskFacet = "task", RegionFacet = "region", FieldFacet = "facet";

    // The dimensions a filter can fail on, as bits.
    const int OnType = 1, OnTask = 2, OnRegion = 4, OnFacet = 8;

    readonly string? task = filter.Task is { } t ? ChoiceLabels.Id(t) : null;
    readonly Dictionary<string, Dictionary<string, int>> counts = new()
    {
        [TypeFacet] = [], [TaskFacet] = [], [RegionFacet] = [], [FieldFacet] = [],
    };

    SegmentFacts? facts;
    int typeOrd, provinceOrd, facetOrd;
    long taskBit;
    int[] typeCounts = [], provinceCounts = [], facetCounts = [], taskCounts = [];

    public int Total { get; private set; }
    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var f = facts = SegmentFacts.Of(context.AtomicReader);
        typeOrd = SegmentFacts.Ord(f.TypeNames, filter.Type);
        provinceOrd = SegmentFacts.Ord(f.ProvinceNames, filter.Province);
        facetOrd = SegmentFacts.Ord(f.FacetNames, filter.Facet);
        var taskOrd = SegmentFacts.Ord(f.TaskNames, task);
        taskBit = taskOrd >= 0 ? 1L << taskOrd : 0;
        typeCounts = new int[f.TypeNames.Length];
        provinceCounts = new int[f.ProvinceNames.Length];
        facetCounts = new int[f.FacetNames.Length];
        taskCounts = new int[f.TaskNames.Length];
        top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var f = facts!;
        int type = f.Type[doc], province = f.Province[doc], facet = f.Facet[doc];
        var tasks = f.Tasks[doc];
        var failed = 0;
        if (typeOrd != -1 && type != typeOrd) failed |= OnType;
        if (provinceOrd != -1 && province != provinceOrd) failed |= OnRegion;
        if (facetOrd != -1 && facet != facetOrd) failed |= OnFacet;
        if (task is not null && (tasks & taskBit) == 0) failed |= OnTask;
        if (failed == 0)
        {
            Total++;
            top.Collect(doc);
        }
        // The type counts ignore the type-specific facet too: it means nothing across types.
        if ((failed & ~(OnType | OnFacet)) == 0 && type >= 0) typeCounts[type]++;
        if ((failed & ~OnTask) == 0)
            for (var bits = tasks; bits != 0; bits &= bits - 1) taskCounts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
        if ((failed & ~OnRegion) == 0 && province >= 0) provinceCounts[province]++;
        if ((failed & ~OnFacet) == 0 && facet >= 0) facetCounts[facet]++;
    }

    /// <summary>The counts by dimension, most first; the type's own facet only when a type is chosen.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, int>> Facets()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        foreach (var (dimension, values) in counts)
        {
            if (dimension == FieldFacet && filter.Type is null) continue;
            result[dimension] = values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value);
        }
        return result;
    }

    void Flush()
    {
        if (facts is not { } f) return;
        Add(counts[TypeFacet], typeCounts, f.TypeNames);
        Add(counts[RegionFacet], provinceCounts, f.ProvinceNames);
        Add(counts[FieldFacet], facetCounts, f.FacetNames);
        Add(counts[TaskFacet], taskCounts, f.TaskNames);
        facts = null;
    }

    static void Add(Dictionary<string, int> into, int[] ordCounts, string[] names)
    {
        for (var o = 0; o < ordCounts.Length; o++)
            if (ordCounts[o] > 0) into[names[o]] = into.GetValueOrDefault(names[o]) + ordCounts[o];
    }
}
