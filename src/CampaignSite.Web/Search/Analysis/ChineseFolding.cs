using Lucene.Net.Analysis.CharFilters;

namespace CampaignSite.Search.Analysis;

/// <summary>
/// Traditional (and Hong Kong and Taiwan variant) characters folded to Simplified, one character
/// for one, so that 蘇繡 finds 苏绣. The table is derived from OpenCC's (see its header).
/// </summary>
public static class ChineseFolding
{
    static readonly Dictionary<string, string> Table = Load();

    /// <summary>The table as Lucene's MappingCharFilter takes it.</summary>
    public static NormalizeCharMap Map { get; } = Build();

    /// <summary>The text with every Traditional character it knows replaced.</summary>
    public static string Fold(string text)
    {
        System.Text.StringBuilder? sb = null;
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.Utf16SequenceLength;
            if (rune.Value >= 0x3400 && Table.TryGetValue(rune.ToString(), out var simplified))
                (sb ??= new System.Text.StringBuilder(text, 0, at, text.Length)).Append(simplified);
            else sb?.Append(text, at, length);
            at += length;
        }
        return sb?.ToString() ?? text;
    }

    static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (traditional, simplified) in Table) builder.Add(traditional, simplified);
        return builder.Build();
    }

    static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>();
        using var stream = typeof(ChineseFolding).Assembly.GetManifestResourceStream("traditional-to-simplified.txt")
            ?? throw new InvalidOperationException("the embedded traditional-to-simplified.txt is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            table[line[..tab]] = line[(tab + 1)..];
        }
        return table;
    }
}
