using CampaignSite.Content.Checks.Rules;

namespace CampaignSite.Content.Checks;

/// <summary>The editorial rules, listed explicitly, and the one way to run them: the editor, the import and the check verb all call <see cref="Run"/>.</summary>
public static class CheckRules
{
    public static readonly IReadOnlyList<ICheckRule> All =
    [
        new MisusedWordRule(), new BrokenLinkRule(), new ImageAltRule(), new HeadingLevelRule(), new SummaryLengthRule(),
        new SeoLengthRule(), new StaleTranslationRule(), new CoverFocalPointRule(), new FutureYearRule(),
    ];

    /// <summary>Every rule's findings, errors first, then by culture, field and line.</summary>
    public static IReadOnlyList<CheckFinding> Run(CheckedDocument document, CheckContext context) =>
        All.SelectMany(r => r.Check(document, context))
            .OrderByDescending(f => f.Severity).ThenBy(f => Types.Cultures.All.ToList().IndexOf(f.Culture)).ThenBy(f => f.Field, StringComparer.Ordinal).ThenBy(f => f.Line)
            .ToList();
}
