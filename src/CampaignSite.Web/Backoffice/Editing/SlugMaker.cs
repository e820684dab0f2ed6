using System.Text;
using CampaignSite.Content.Fields;

namespace CampaignSite.Backoffice.Editing;

/// <summary>
/// A slug for a new document when the editor leaves it empty: from the English title when there
/// is one (Chinese is not transliterated), else the type and date; made unique with a number.
/// </summary>
public static class SlugMaker
{
    public static string From(string? englishTitle, string type, DateTimeOffset now)
    {
        var words = new StringBuilder();
        foreach (var c in (englishTitle ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            words.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        var slug = string.Join('-', words.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length >= 3 && SlugAttribute.IsValid(slug) ? slug : $"{type}-{now:yyyyMMdd-HHmm}";
    }

    public static async Task<string> UniqueAsync(string slug, Func<string, Task<bool>> taken)
    {
        if (!await taken(slug)) return slug;
        for (var n = 2; ; n++)
            if (!await taken($"{slug}-{n}")) return $"{slug}-{n}";
    }
}
