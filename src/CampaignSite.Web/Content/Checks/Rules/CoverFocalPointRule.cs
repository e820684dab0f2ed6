using CampaignSite.Content.Types;

namespace CampaignSite.Content.Checks.Rules;

/// <summary>
/// A cover still on the default focal point (the centre, never set) while a channel crops it hard:
/// the WeChat feed's 2.35:1 cover (documents in feeds) and the short-video feed's 9:16 (documents with a
/// video or a video caption). Judged only where the media library's focal points are known.
/// </summary>
public sealed class CoverFocalPointRule : ICheckRule
{
    public string Id => "cover-focal-point";
    public CheckSeverity Severity => CheckSeverity.Warning;

    public IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        var chinese = document.Chinese;
        if (chinese.Cover is not { Length: > 0 } cover || !context.FocalPoints.TryGetValue(cover, out var focal) || (focal.X, focal.Y) != (0.5, 0.5)) yield break;
        var crops = new List<string>();
        if (chinese.Syndication.Feeds) crops.Add("2.35:1 for WeChat");
        if (document.Variants.Values.Any(v => !string.IsNullOrWhiteSpace(v.Syndication.VideoUrl) || !string.IsNullOrWhiteSpace(v.Syndication.VideoCaption)))
            crops.Add("9:16 for short-video channels");
        if (crops.Count == 0) yield break;
        yield return new CheckFinding(Id, Severity, Cultures.Chinese, "cover", 1,
            $"the cover {cover} has no focal point and is cropped to {string.Join(" and ", crops)}: set its focal point on /backoffice/{cover} so the crop keeps the subject");
    }
}
