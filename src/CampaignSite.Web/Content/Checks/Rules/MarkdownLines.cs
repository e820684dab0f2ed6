using Markdig;
using Markdig.Syntax;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>The Markdown bodies of a document, parsed as the site parses them, with their culture and field.</summary>
static class MarkdownLines
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().UseListExtras().Build();

    public static IEnumerable<(string Culture, string Field, MarkdownDocument Parsed)> Bodies(CheckedDocument document)
    {
        foreach (var (culture, variant) in document.Variants)
            foreach (var text in CheckText.Of(document.Type, culture, variant))
                if (text.Model.IsBody)
                    yield return (culture, text.Field, Parse(string.Join('\n', text.Lines)));
    }

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
