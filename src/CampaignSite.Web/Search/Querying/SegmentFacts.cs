using System.Runtime.CompilerServices;
using CampaignSite.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CampaignSite.Search.Querying;

/// <summary>
/// A segment's filter and facet values as plain arrays of ordinals (tasks as a bit set), read from
/// its doc values once and kept while the segment lives: a match then costs a few array reads.
/// Segments never change once written (updates add segments, deletes only mark), so nothing goes stale.
/// </summary>
sealed class SegmentFacts
{
    static readonly ConditionalWeakTable<object, SegmentFacts> Cache = new();

    public readonly int[] Type, Province, Facet;
    public readonly long[] Tasks;
    public readonly string[] TypeNames, ProvinceNames, FacetNames, TaskNames;

    public static SegmentFacts Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader));

    SegmentFacts(AtomicReader reader)
    {
        var max = reader.MaxDoc;
        (Type, TypeNames) = Read(reader.GetSortedDocValues(SearchFields.Type), max);
        (Province, ProvinceNames) = Read(reader.GetSortedDocValues(SearchFields.Province), max);
        (Facet, FacetNames) = Read(reader.GetSortedDocValues(SearchFields.Facet), max);
        Tasks = new long[max];
        var tasks = reader.GetSortedSetDocValues(SearchFields.Task);
        if (tasks is null) { TaskNames = []; return; }
        // Task areas are few (five today); more than 64 would need a wider set.
        TaskNames = Enumerable.Range(0, (int)Math.Min(tasks.ValueCount, 64)).Select(o => Name(b => tasks.LookupOrd(o, b))).ToArray();
        for (var doc = 0; doc < max; doc++)
        {
            tasks.SetDocument(doc);
            for (var o = tasks.NextOrd(); o != SortedSetDocValues.NO_MORE_ORDS; o = tasks.NextOrd())
                if (o < 64) Tasks[doc] |= 1L << (int)o;
        }
    }

    static (int[], string[]) Read(SortedDocValues? values, int max)
    {
        var ords = new int[max];
        if (values is null) { Array.Fill(ords, -1); return (ords, []); }
        for (var doc = 0; doc < max; doc++) ords[doc] = values.GetOrd(doc);
        return (ords, Enumerable.Range(0, values.ValueCount).Select(o => Name(b => values.LookupOrd(o, b))).ToArray());
    }

    static string Name(Action<BytesRef> read)
    {
        var bytes = new BytesRef();
        read(bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The ordinal of <paramref name="name"/> here: -1 when no filter, -2 when no document of this segment has it.</summary>
    public static int Ord(string[] names, string? name) => name is null ? -1 : Array.IndexOf(names, name) is var o and >= 0 ? o : -2;
}
