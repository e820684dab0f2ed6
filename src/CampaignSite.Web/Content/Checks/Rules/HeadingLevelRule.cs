using Markdig.Syntax;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>Headings that skip a level (## then ####): the page's outline, which screen readers navigate by, then has a gap. The title is level 1.</summary>
public sealed class HeadingLevelRule : ICheckRule
{
    public string Id => "heading-level";
    public CheckSeverity Severity => CheckSeverity.Warning;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var (culture, field, parsed) in MarkdownLines.Bodies(document))
        {
            var previous = 1;
            foreach (var heading in parsed.Descendants<HeadingBlock>())
            {
                if (heading.Level > previous + 1)
                    yield return new CheckFinding(Id, Severity, culture, field, heading.Line + 1,
                        $"a level-{heading.Level} heading ({new string('#', heading.Level)}) follows level {previous}: use {new string('#', previous + 1)} (the title is level 1)");
                previous = heading.Level;
            }
        }
    }
}
