using CampaignSite.Content.Delivery;
using System.Globalization;
using System.Text;
using System.Xml;

namespace CampaignSite.Feeds;

/// <summary>Atom 1.0 with the same content as the RSS feed, and RFC 5005 next links.</summary>
public static class AtomWriter
{
    const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(FeedModel feed)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriterUtf8(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, feed.Language);
            w.WriteElementString("id", Ns, feed.SelfUrl);
            w.WriteElementString("title", Ns, feed.Title);
            w.WriteElementString("subtitle", Ns, feed.Description);
            w.WriteElementString("updated", Ns, Dates.Iso(feed.UpdatedUtc));
            Link(w, "self", feed.SelfUrl, "application/atom+xml");
            Link(w, "alternate", feed.HomeUrl, "text/html");
            Link(w, "hub", feed.HubUrl, null);
            if (feed.NextUrl is not null) Link(w, "next", feed.NextUrl, "application/atom+xml");
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, feed.Title);
            w.WriteEndElement();
            foreach (var e in feed.Entries)
            {
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("id", Ns, e.Id);
                w.WriteElementString("title", Ns, e.Title);
                w.WriteElementString("published", Ns, Dates.Iso(e.PublishedUtc));
                w.WriteElementString("updated", Ns, Dates.Iso(e.UpdatedUtc));
                Link(w, "alternate", e.Url, "text/html");
                if (e.Image is { } img) Link(w, "enclosure", img.Url, img.MediaType, img.Length);
                if (e.Video is { } video) Link(w, "enclosure", video.Url, video.MediaType, video.Length);
                foreach (var c in e.Tags.Concat(e.Tasks))
                {
                    w.WriteStartElement("category", Ns);
                    w.WriteAttributeString("term", c);
                    w.WriteEndElement();
                }
                w.WriteStartElement("summary", Ns);
                w.WriteString(e.Summary);
                w.WriteEndElement();
                w.WriteStartElement("content", Ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(e.ContentHtml);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    static void Link(XmlWriter w, string rel, string href, string? type, long length = 0)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        if (type is not null) w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        if (length > 0) w.WriteAttributeString("length", length.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

}
