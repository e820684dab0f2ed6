using Lucene.Net.Analysis.CharFilters;

namespace CampaignSite.Search.Analysis;

/// <summary>
/// Traditional (and Hong Kong and Taiwan variant) characters folded to Simplified, one character
/// for one, so that 蘇繡 finds 苏绣. The table is derived from OpenCC's (see its header).
/// </summary>
public static class ChineseFolding
{
    /// <summary>The table as Lucene's MappingCharFilter takes it.</summary>
    public static NormalizeCharMap Map { get; } = Build();

    static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        using var stream = typeof(ChineseFolding).Assembly.GetManifestResourceStream("traditional-to-simplified.txt")
            ?? throw new InvalidOperationException("the embedded traditional-to-simplified.txt is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            builder.Add(line[..tab], line[(tab + 1)..]);
        }
        return builder.Build();
    }
}
