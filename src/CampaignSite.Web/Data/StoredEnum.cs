using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignSite.Data;

/// <summary>Where the latest version of a document stands in review (null on the record: not in review).</summary>
public enum ReviewState { InReview, SentBack }

/// <summary>What a schedule does when it falls due.</summary>
public enum ScheduleAction { Publish, Unpublish }

/// <summary>What an item of the media library is: an image, a document (PDF), or a reference to a video hosted elsewhere.</summary>
public enum MediaKind { Image, Document, Video }

/// <summary>
/// State enums are stored as their kebab-case names ("in-review", "unpublish", "video"): readable in
/// the database, stable when members are reordered, and the values these columns always held.
/// </summary>
public static class StoredEnum
{
    public static string Name<T>(this T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string name) where T : struct, Enum =>
        Enum.GetValues<T>().First(v => v.Name() == name);

    /// <summary>The member stored under this name, or null for anything else (input from a form or a query string).</summary>
    public static T? Find<T>(string? name) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => v!.Value.Name() == name);

    public static ValueConverter<T, string> Converter<T>() where T : struct, Enum => new(v => v.Name(), s => Parse<T>(s));
}
