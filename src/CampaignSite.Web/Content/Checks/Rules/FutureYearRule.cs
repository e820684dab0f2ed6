using System.Text.RegularExpressions;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>
/// A body that names a year later than the document's published date: a page must not speak of
/// events after it was written. Targets and plans are not counted: 到2025年, 至2025年, 为实现2025年…的目标,
/// 2025年前, 2021—2025年, "by 2030", "until 2030", "2030 targets".
/// </summary>
public sealed partial class FutureYearRule : ICheckRule
{
    public string Id => "future-year";
    public CheckSeverity Severity => CheckSeverity.Warning;

    // A year of 1900-2099 standing alone; in Chinese text a year is written with 年 after it.
    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}(?![0-9])")] private static partial Regex Year();
    // Markdown link targets and bare addresses carry numbers that are not years of the text.
    [GeneratedRegex(@"\]\([^)]*\)|https?://\S+")] private static partial Regex Addresses();
    [GeneratedRegex(@"(到|至|为实现|实现|力争|争取|预计|计划|规划|展望|目标|\bby|\bBy|\buntil|\bUntil|\bthrough|\bto|\bbefore|\bBefore)\s*$")] private static partial Regex TargetBefore();
    [GeneratedRegex(@"^\s*(年?(底|末)?(前|之前|以前)|年?(目标|远景)|\s*(targets?|goals?|vision|plan))", RegexOptions.IgnoreCase)] private static partial Regex TargetAfter();
    [GeneratedRegex(@"(19|20)[0-9]{2}\s*年?\s*(—|–|-|~|～|至|到)\s*$")] private static partial Regex RangeBefore();
    [GeneratedRegex(@"[。！？；;!?]|\.(\s|$)")] private static partial Regex SentenceEnd();

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        var published = document.Chinese.Published;
        if (published.Ticks == 0) yield break;
        foreach (var (culture, variant) in document.Variants)
            foreach (var text in CheckText.Of(document.Type, culture, variant).Where(t => t.Model.IsBody))
                for (var i = 0; i < text.Lines.Count; i++)
                {
                    var line = Addresses().Replace(text.Lines[i], m => new string(' ', m.Length));
                    foreach (Match m in Year().Matches(line))
                    {
                        var year = int.Parse(m.Value);
                        if (year <= published.Year || NotCounted(line, m, culture)) continue;
                        yield return new CheckFinding(Id, Severity, culture, text.Field, i + 1,
                            $"names {year}, later than the published date ({published:yyyy-MM-dd}), at column {m.Index + 1}: {CheckText.Snippet(text.Lines[i], m.Index, 4)}; " +
                            "re-date the page or rewrite the passage (a target such as 到2025年 or \"by 2025\" is fine)");
                    }
                }
    }

    static bool NotCounted(string line, Match year, string culture)
    {
        var before = line[..year.Index];
        var after = line[(year.Index + year.Length)..];
        // Chinese text writes a year with 年 (or names an event: 2024中国国际…); a bare number there is a quantity.
        if (culture != Types.Cultures.English && !after.StartsWith('年') && !after.StartsWith("中国") && !after.StartsWith("春") && !after.StartsWith("秋")) return true;
        if (TargetBefore().IsMatch(before) || TargetAfter().IsMatch(after) || RangeBefore().IsMatch(before)) return true;
        // 为实现2025年…的目标: a target named later in the same sentence.
        var end = SentenceEnd().Match(after);
        var sentence = end.Success ? after[..end.Index] : after;
        return sentence.Contains("目标") || sentence.Contains("target", StringComparison.OrdinalIgnoreCase) || sentence.Contains("goal", StringComparison.OrdinalIgnoreCase);
    }
}
