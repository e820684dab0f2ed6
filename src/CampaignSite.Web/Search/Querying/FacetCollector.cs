using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using CampaignSite.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CampaignSite.Search.Querying;

/// <summary>
/// One pass over every match: the hits that pass the filter go on to the ranking collector and the
/// total; the facets count every match that passes the other dimensions' filters (choosing a type
/// still shows how many matches the other types have). Values are compared as doc-values ordinals,
/// resolved once a segment, so a match costs a few integer reads.
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

    SortedDocValues types = null!, provinces = null!, facets = null!;
    SortedSetDocValues tasks = null!;
    int typeOrd, provinceOrd, facetOrd;
    long taskOrd;
    int[] typeCounts = [], provinceCounts = [], facetCounts = [];
    long[] taskCounts = [];

    public int Total { get; private set; }
    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        types = reader.GetSortedDocValues(SearchFields.Type) ?? DocValues.EMPTY_SORTED;
        provinces = reader.GetSortedDocValues(SearchFields.Province) ?? DocValues.EMPTY_SORTED;
        facets = reader.GetSortedDocValues(SearchFields.Facet) ?? DocValues.EMPTY_SORTED;
        tasks = reader.GetSortedSetDocValues(SearchFields.Task) ?? DocValues.EMPTY_SORTED_SET;
        // A wanted value this segment lacks matches no document here (ord -2; a missing value reads -1).
        typeOrd = Ord(types, filter.Type);
        provinceOrd = Ord(provinces, filter.Province);
        facetOrd = Ord(facets, filter.Facet);
        taskOrd = task is null ? -1 : tasks.LookupTerm(new BytesRef(task)) is var o and >= 0 ? o : -2;
        typeCounts = new int[types.ValueCount];
        provinceCounts = new int[provinces.ValueCount];
        facetCounts = new int[facets.ValueCount];
        taskCounts = new long[tasks.ValueCount];
        top.SetNextReader(context);
    }

    static int Ord(SortedDocValues values, string? wanted) =>
        wanted is null ? -1 : values.LookupTerm(new BytesRef(wanted)) is var o and >= 0 ? o : -2;

    public void Collect(int doc)
    {
        var type = types.GetOrd(doc);
        var province = provinces.GetOrd(doc);
        var facet = facets.GetOrd(doc);
        var failed = 0;
        if (filter.Type is not null && type != typeOrd) failed |= OnType;
        if (filter.Province is not null && province != provinceOrd) failed |= OnRegion;
        if (filter.Facet is not null && facet != facetOrd) failed |= OnFacet;
        tasks.SetDocument(doc);
        if (task is not null)
        {
            var has = false;
            for (var o = tasks.NextOrd(); o != SortedSetDocValues.NO_MORE_ORDS; o = tasks.NextOrd()) has |= o == taskOrd;
            if (!has) failed |= OnTask;
            tasks.SetDocument(doc);
        }
        if (failed == 0)
        {
            Total++;
            top.Collect(doc);
        }
        // The type counts ignore the type-specific facet too: it means nothing across types.
        if ((failed & ~(OnType | OnFacet)) == 0 && type >= 0) typeCounts[type]++;
        if ((failed & ~OnTask) == 0)
            for (var o = tasks.NextOrd(); o != SortedSetDocValues.NO_MORE_ORDS; o = tasks.NextOrd()) taskCounts[o]++;
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
        Add(counts[TypeFacet], typeCounts, types);
        Add(counts[RegionFacet], provinceCounts, provinces);
        Add(counts[FieldFacet], facetCounts, facets);
        for (var o = 0; o < taskCounts.Length; o++)
            if (taskCounts[o] > 0) Increment(counts[TaskFacet], Utf8(b => tasks.LookupOrd(o, b)), (int)taskCounts[o]);
        (typeCounts, provinceCounts, facetCounts, taskCounts) = ([], [], [], []);
    }

    static void Add(Dictionary<string, int> into, int[] ordCounts, SortedDocValues values)
    {
        for (var o = 0; o < ordCounts.Length; o++)
            if (ordCounts[o] > 0) Increment(into, Utf8(b => values.LookupOrd(o, b)), ordCounts[o]);
    }

    static string Utf8(Action<BytesRef> read)
    {
        var bytes = new BytesRef();
        read(bytes);
        return bytes.Utf8ToString();
    }

    static void Increment(Dictionary<string, int> into, string key, int by) => into[key] = into.GetValueOrDefault(key) + by;
}
