using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Webhooks;

/// <summary>The events a webhook can ask for, and each event's body, made from a change-log row.</summary>
public static class WebhookEvents
{
    public const string Published = "content.published", Unpublished = "content.unpublished", Deleted = "content.deleted",
        MediaAdded = "media.added", MediaDeleted = "media.deleted";
    public static readonly IReadOnlyList<string> All = [Published, Unpublished, Deleted, MediaAdded, MediaDeleted];

    /// <summary>The event a change is, or null for changes partners are not told of (a media file's new focal point).</summary>
    public static string? Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Published => Published,
        ChangeKind.Unpublished => Unpublished,
        ChangeKind.Deleted => Deleted,
        ChangeKind.MediaAdded => MediaAdded,
        ChangeKind.MediaRemoved => MediaDeleted,
        _ => null,
    };

    public static IReadOnlySet<string> Parse(string events) =>
        events.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();

    public static string? Problem(string events)
    {
        var asked = Parse(events);
        if (asked.Count == 0) return $"name at least one event: {string.Join(", ", All)}.";
        return asked.FirstOrDefault(e => !All.Contains(e)) is { } unknown ? $"'{unknown}' is not an event; the events are {string.Join(", ", All)}." : null;
    }

    /// <summary>What a document change says, and the document's type, cultures and tasks for the endpoints' filters.</summary>
    public sealed record Subject(string? Type, IReadOnlyList<string> Cultures, IReadOnlyList<string> Tasks, JsonObject Data);

    /// <summary>The body's data for a change: the document as it was published (or last saved), or the media file.</summary>
    public static async Task<Subject> DescribeAsync(ChangeRecord change, CampaignDbContext db, string? publicBaseUrl, CancellationToken ct)
    {
        string Url(string path) => (publicBaseUrl?.TrimEnd('/') ?? "") + path;
        if (change.MediaPath is { } media)
            return new(null, [], [], new JsonObject { ["path"] = media, ["url"] = Url(PublicUrls.Media(media)) });

        var cultures = (change.Cultures ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);
        var slug = change.NewSlug ?? change.OldSlug ?? "";
        var data = new JsonObject
        {
            ["type"] = change.Type,
            ["slug"] = slug,
            ["cultures"] = new JsonArray(cultures.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
        };
        var type = change.Type is null ? null : DocumentTypes.Find(change.Type);
        if (type is not null) data["url"] = Url(PublicUrls.Detail(type, slug));
        if (change.OldSlug is { } old && change.NewSlug is { } now && old != now) data["previousSlug"] = old;

        var tasks = new List<string>();
        if (type is not null && change.VersionId is { } versionId)
        {
            // The version this change published (or took off), not whatever is published by the time the event is written.
            var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
            if (version is not null)
            {
                var variants = DocumentJson.DeserializeVariants(version.Fields, type);
                var main = variants[Content.Types.Cultures.Chinese];
                data["title"] = main.Title;
                data["version"] = version.Number;
                tasks.AddRange(main.Tasks.Select(t => ChoiceLabels.Id(t)));
            }
        }
        return new(change.Type, cultures, tasks, data);
    }

    /// <summary>The delivery body: {"type", "timestamp", "data"}.</summary>
    public static string Body(string eventType, DateTime atUtc, JsonObject data) =>
        new JsonObject { ["type"] = eventType, ["timestamp"] = Dates.Iso(atUtc), ["data"] = data.DeepClone() }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
