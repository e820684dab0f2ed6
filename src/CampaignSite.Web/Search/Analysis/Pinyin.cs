using System.Text;

namespace CampaignSite.Search.Analysis;

/// <summary>
/// How a Chinese name is typed in pinyin before the input method picks characters: 宋锦 → songjin.
/// AnyAscii gives one reading a character; the characters below have a second reading that names
/// in this campaign use (重庆 is chongqing, 行业 is hangye), so a name gets every combination, up to a few.
/// </summary>
public static class Pinyin
{
    const int MaxReadings = 16;

    static readonly Dictionary<char, string[]> Other = new()
    {
        ['重'] = ["chong"], ['长'] = ["chang"], ['藏'] = ["zang"], ['行'] = ["hang"], ['扎'] = ["za"], ['传'] = ["zhuan"],
        ['朝'] = ["chao"], ['调'] = ["diao"], ['着'] = ["zhuo", "zhao"], ['乐'] = ["yue"], ['率'] = ["shuai"], ['降'] = ["xiang"],
        ['和'] = ["huo"], ['省'] = ["xing"], ['便'] = ["pian"], ['差'] = ["chai"], ['参'] = ["shen"], ['曲'] = ["qu"],
        ['薄'] = ["bo"], ['单'] = ["shan"], ['都'] = ["dou"], ['会'] = ["kuai"], ['种'] = ["chong"], ['厦'] = ["xia"],
        ['莞'] = ["guan"], ['蔚'] = ["yu"], ['茜'] = ["xi"], ['绿'] = ["lv"], ['强'] = ["qiang"], ['角'] = ["jue"],
        ['露'] = ["lou"], ['色'] = ["shai"], ['系'] = ["ji"], ['间'] = ["jian"], ['处'] = ["chu"], ['数'] = ["shuo"],
    };

    /// <summary>The ways <paramref name="name"/> may be typed, lowercase ASCII letters and digits; none when it holds no Chinese.</summary>
    public static IReadOnlyList<string> Readings(string name)
    {
        if (!name.EnumerateRunes().Any(IsHan)) return [];
        var readings = new List<StringBuilder> { new() };
        foreach (var rune in name.EnumerateRunes())
        {
            var main = Letters(AnyAscii.Transliteration.Transliterate(rune.ToString()));
            if (main.Length == 0) continue;
            var alternatives = rune.IsBmp && Other.TryGetValue((char)rune.Value, out var other) ? other : [];
            var grown = new List<StringBuilder>();
            foreach (var so in readings)
            {
                foreach (var alt in alternatives)
                    if (grown.Count + readings.Count < MaxReadings) grown.Add(new StringBuilder(so.ToString()).Append(alt));
                so.Append(main);
            }
            readings.AddRange(grown);
        }
        return readings.Select(r => r.ToString()).Where(r => r.Length > 0).Distinct().ToList();
    }

    /// <summary>True when the typed text could be pinyin: ASCII letters (and spaces or apostrophes between syllables).</summary>
    public static bool Looks(string typed) => typed.Any(char.IsAsciiLetter) && typed.All(c => char.IsAsciiLetter(c) || c is ' ' or '\'');

    /// <summary>Typed pinyin as readings are kept: lowercase letters only.</summary>
    public static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    static bool IsHan(Rune r) => r.Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x3134F;
}
