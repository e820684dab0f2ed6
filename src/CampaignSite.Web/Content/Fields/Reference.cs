using System.Text.RegularExpressions;
using CampaignSite.Media;

namespace CampaignSite.Content.Fields;

/// <summary>What a reference points at: another document, a media file, or a web address (a video's URL).</summary>
public enum ReferenceKind { Document, Media, Url }

/// <summary>
/// One thing a document refers to, found by <see cref="FieldModel.References"/>: the target as stored
/// ("brand/bosideng", "media/a.jpg", "https://…") and the dotted key of the field that holds it.
/// </summary>
public readonly partial record struct Reference(ReferenceKind Kind, string Target, string Field)
{
    /// <summary>Media paths written inside Markdown: images and links to /media/….</summary>
    public static IEnumerable<string> MediaInMarkdown(string markdown) =>
        MarkdownMedia().Matches(markdown).Select(m => m.Value).Where(MediaPath.IsValid).Distinct();

    [GeneratedRegex(@"(?<![a-z0-9._-])media/[a-z0-9][a-z0-9._-]{0,120}\.(jpg|jpeg|png|webp|gif|avif|pdf)(?![a-z0-9._-])")]
    private static partial Regex MarkdownMedia();
}
