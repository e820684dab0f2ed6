using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CampaignSite.Content.Delivery;

/// <summary>A text answer with a strong ETag of its bytes (and Last-Modified when known): readers that have it get 304.</summary>
public static class TaggedResponse
{
    public static IResult Of(string text, string contentType, DateTime? updatedUtc = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..20]}\"");
        DateTimeOffset? modified = updatedUtc is { } u
            ? new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Utc)).AddTicks(-(u.Ticks % TimeSpan.TicksPerSecond))
            : null;
        return Results.Bytes(bytes, contentType, lastModified: modified, entityTag: etag);
    }
}
