using System.Text.RegularExpressions;

namespace CampaignSite.Media;

/// <summary>Media paths are media/{name}: one safe file name, never a folder walk.</summary>
public static partial class MediaPath
{
    [GeneratedRegex(@"^media/[a-z0-9][a-z0-9._-]{0,120}\.(jpg|jpeg|png|webp|gif|avif|pdf)$")] private static partial Regex Pattern();
    public static bool IsValid(string path) => Pattern().IsMatch(path) && !path.Contains("..");
    public static string FileName(string path) => path["media/".Length..];
}
