using CampaignSite.Content.Delivery;
using System.Text;
using System.Xml;
using CampaignSite.Content.Types;

namespace CampaignSite.Site;

/// <summary>sitemap.xml with hreflang alternates for both cultures, and robots.txt.</summary>
public static class SitemapEndpoints
{
    const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static void MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", Sitemap).CacheOutput(PublishedCache.Policy);
        app.MapGet("/robots.txt", (HttpRequest request, PublicUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /backoffice\n\nSitemap: {urls.Absolute(request, Cultures.Chinese, "/sitemap.xml")}\n", "text/plain; charset=utf-8"))
            .CacheOutput(PublishedCache.Policy);
    }

    static async Task Sitemap(HttpContext context, PublishedContent content, PublicUrls urls)
    {
        var paths = new List<(string Path, DateTime? Modified)> { ("/", null) };
        paths.AddRange(DocumentTypes.All.Select(t => (PublicUrls.Section(t), (DateTime?)null)));
        paths.AddRange(Enum.GetValues<TaskArea>().Select(t => (PublicUrls.Task(t), (DateTime?)null)));
        paths.AddRange((await content.AllAsync(Cultures.Chinese, context.RequestAborted)).Select(e => (PublicUrls.Detail(e.Type, e.Slug), (DateTime?)e.UpdatedUtc)));

        context.Response.ContentType = "application/xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var writer = XmlWriter.Create(context.Response.Body, settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", SitemapNs);
        await writer.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNs);
        foreach (var (path, modified) in paths)
        {
            foreach (var culture in Cultures.All)
            {
                await writer.WriteStartElementAsync(null, "url", SitemapNs);
                await writer.WriteElementStringAsync(null, "loc", SitemapNs, urls.Absolute(context.Request, culture, path));
                if (modified is { } m) await writer.WriteElementStringAsync(null, "lastmod", SitemapNs, Dates.Iso(m));
                foreach (var alternate in Cultures.All)
                {
                    await writer.WriteStartElementAsync("xhtml", "link", XhtmlNs);
                    await writer.WriteAttributeStringAsync(null, "rel", null, "alternate");
                    await writer.WriteAttributeStringAsync(null, "hreflang", null, alternate);
                    await writer.WriteAttributeStringAsync(null, "href", null, urls.Absolute(context.Request, alternate, path));
                    await writer.WriteEndElementAsync();
                }
                await writer.WriteEndElementAsync();
            }
        }
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }
}
