using System.Globalization;
using System.Text;
using System.Xml;

namespace CampaignSite.Feeds;

/// <summary>RSS 2.0 with content:encoded, media:content and atom:link self/next: a pure function of the model.</summary>
public static class RssWriter
{
    const string Atom = "http://www.w3.org/2005/Atom";
    const string Content = "http://purl.org/rss/1.0/modules/content/";
    const string Media = "http://search.yahoo.com/mrss/";

    public static string Write(FeedModel feed)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriterUtf8(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, Atom);
            w.WriteAttributeString("xmlns", "content", null, Content);
            w.WriteAttributeString("xmlns", "media", null, Media);
            w.WriteStartElement("channel");
            w.WriteElementString("title", feed.Title);
            w.WriteElementString("link", feed.HomeUrl);
            w.WriteElementString("description", feed.Description);
            w.WriteElementString("language", feed.Language);
            w.WriteElementString("lastBuildDate", Rfc822(feed.UpdatedUtc));
            Link(w, "self", feed.SelfUrl);
            Link(w, "hub", feed.HubUrl, null);
            if (feed.NextUrl is not null) Link(w, "next", feed.NextUrl);
            foreach (var e in feed.Entries)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", e.Title);
                w.WriteElementString("link", e.Url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(e.Id);
                w.WriteEndElement();
                w.WriteElementString("pubDate", Rfc822(e.PublishedUtc));
                w.WriteElementString("description", e.Summary);
                w.WriteStartElement("encoded", Content);
                w.WriteCData(e.ContentHtml.Replace("]]>", "]]]]><![CDATA[>"));
                w.WriteEndElement();
                foreach (var c in e.Tags.Concat(e.Tasks)) w.WriteElementString("category", c);
                if (e.Image is { } img)
                {
                    w.WriteStartElement("enclosure");
                    w.WriteAttributeString("url", img.Url);
                    w.WriteAttributeString("length", img.Length.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("type", img.MediaType);
                    w.WriteEndElement();
                    MediaContent(w, img, "image");
                }
                if (e.Video is { } video) MediaContent(w, video, "video");
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    static void Link(XmlWriter w, string rel, string href, string? type = "application/rss+xml")
    {
        w.WriteStartElement("atom", "link", Atom);
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("rel", rel);
        if (type is not null) w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    static void MediaContent(XmlWriter w, FeedEnclosure m, string medium)
    {
        w.WriteStartElement("media", "content", Media);
        w.WriteAttributeString("url", m.Url);
        w.WriteAttributeString("medium", medium);
        w.WriteAttributeString("type", m.MediaType);
        if (m.Length > 0) w.WriteAttributeString("fileSize", m.Length.ToString(CultureInfo.InvariantCulture));
        if (m.Duration is { } d) w.WriteAttributeString("duration", d.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    public static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}

/// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the response is.</summary>
sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
