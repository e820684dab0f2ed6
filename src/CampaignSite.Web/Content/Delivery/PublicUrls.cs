using CampaignSite.Content.Types;
using Microsoft.Extensions.Options;

namespace CampaignSite.Content.Delivery;

/// <summary>Paths and absolute URLs of public pages. The one place routes are spelled.</summary>
public sealed class PublicUrls(IOptions<SiteOptions> options)
{
    public static string Section(DocumentType type) => "/" + type.Section;
    public static string Detail(DocumentType type, string slug) => $"/{type.Section}/{slug}";
    public static string Detail(string typeName, string slug) => Detail(DocumentTypes.Find(typeName)!, slug);
    public static string Task(TaskArea task) => "/tasks/" + ChoiceLabels.Id(task);
    public static string Media(string mediaPath) => "/" + mediaPath;

    /// <summary>scheme://host of the public site, for media and other culture-less paths.</summary>
    public string Origin(HttpRequest request) => Absolute(request, Cultures.Chinese, "/").TrimEnd('/');

    /// <summary>Absolute URL of a path in a culture: CampaignSite:PublicBaseUrl or the request's own host.</summary>
    public string Absolute(HttpRequest request, string culture, string path)
    {
        var configured = options.Value.PublicBaseUrl;
        var origin = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return origin + CultureRouting.Prefix(culture) + (culture == Cultures.English && path == "/" ? "" : path);
    }
}
