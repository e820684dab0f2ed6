using System.Globalization;
using CampaignSite.Content.Types;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>A field's sensible length in each culture, in characters (Chinese characters and Latin letters alike), and the finding when a value is outside it.</summary>
sealed record LengthLimit(string Field, int ZhMin, int ZhMax, int EnMin, int EnMax, string Why)
{
    public CheckFinding? Check(string rule, string culture, Document variant, Func<Document, string?> value)
    {
        if (value(variant) is not { Length: > 0 } text) return null;
        var (min, max) = culture == Cultures.English ? (EnMin, EnMax) : (ZhMin, ZhMax);
        var n = new StringInfo(text.Trim()).LengthInTextElements;
        if (n >= min && n <= max) return null;
        return new CheckFinding(rule, CheckSeverity.Warning, culture, Field, 1,
            $"is {n} characters; {(n < min ? "lengthen it to at least " + min : "shorten it to at most " + max)} ({min} to {max} in {(culture == Cultures.English ? "English" : "Chinese")}: {Why})");
    }
}

/// <summary>Summaries that are too short to tell a reader anything or too long for a card.</summary>
public sealed class SummaryLengthRule : ICheckRule
{
    static readonly LengthLimit Limit = new("summary", 20, 120, 40, 280, "it is shown on cards and as the description in search results");
    public string Id => "summary-length";
    public CheckSeverity Severity => CheckSeverity.Warning;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context) =>
        document.Variants.Select(v => Limit.Check(Id, v.Key, v.Value, d => d.Summary)).OfType<CheckFinding>();
}

/// <summary>SEO titles and descriptions longer than search engines show (Baidu about 30 and 80 Chinese characters, Google about 65 and 160 Latin ones).</summary>
public sealed class SeoLengthRule : ICheckRule
{
    static readonly LengthLimit Title = new("seo_title", 5, 30, 10, 65, "what search results show of a title");
    static readonly LengthLimit Description = new("seo_description", 30, 80, 70, 160, "what search results show of a description");
    public string Id => "seo-length";
    public CheckSeverity Severity => CheckSeverity.Warning;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context) =>
        document.Variants.SelectMany(v => new[] { Title.Check(Id, v.Key, v.Value, d => d.SeoTitle), Description.Check(Id, v.Key, v.Value, d => d.SeoDescription) })
            .OfType<CheckFinding>();
}
