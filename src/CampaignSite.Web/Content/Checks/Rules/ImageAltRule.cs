using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>Images in the body without alt text: readers with screen readers, and everyone when the image does not load, get nothing.</summary>
public sealed class ImageAltRule : ICheckRule
{
    public string Id => "image-alt";
    public CheckSeverity Severity => CheckSeverity.Warning;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var (culture, field, parsed) in MarkdownLines.Bodies(document))
            foreach (var image in parsed.Descendants<LinkInline>().Where(l => l.IsImage))
                if (string.IsNullOrWhiteSpace(string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()))))
                    yield return new CheckFinding(Id, Severity, culture, field, image.Line + 1,
                        $"the image {image.Url} has no alt text: say what it shows between the brackets, ![…]({image.Url})");
    }
}
