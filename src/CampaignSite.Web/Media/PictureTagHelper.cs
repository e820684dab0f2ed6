using System.Globalization;
using CampaignSite.Media.Imaging;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CampaignSite.Media;

/// <summary>
/// &lt;media-picture path="media/x.jpg" alt="…" shape="card|detail" class="…" lazy&gt;: a &lt;picture&gt; with AVIF and
/// WebP sources and a JPEG &lt;img&gt; with srcset, sizes, width and height, cropped to the shape around the
/// image's focal point. Without the image pipeline, the plain original.
/// </summary>
[HtmlTargetElement("media-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PictureTagHelper(MediaUrls urls) : TagHelper
{
    sealed record Frame(int[] Widths, int Width, int Height, string Sizes);

    static readonly Dictionary<string, Frame> Shapes = new()
    {
        // Cards: one column on phones, two from 640px, three from 960px in a 1120px wrap.
        ["card"] = new([320, 480, 640, 960], 640, 360, "(min-width: 960px) 363px, (min-width: 640px) 50vw, 100vw"),
        ["detail"] = new([480, 800, 1120, 1600], 1120, 630, "(min-width: 1120px) 1088px, 100vw"),
    };

    public string Path { get; set; } = "";
    public string? Alt { get; set; }
    public string Shape { get; set; } = "card";
    public string? Class { get; set; }
    /// <summary>Below the fold: loaded lazily. Otherwise fetched first (fetchpriority high).</summary>
    public bool Lazy { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var shape = Shapes[Shape];
        var source = await urls.FindAsync(Path);
        output.TagName = null;
        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.StartTag };
        if (Class is not null) img.Attributes["class"] = Class;
        img.Attributes["alt"] = Alt ?? "";
        img.Attributes["width"] = shape.Width.ToString(CultureInfo.InvariantCulture);
        img.Attributes["height"] = shape.Height.ToString(CultureInfo.InvariantCulture);
        if (Lazy) img.Attributes["loading"] = "lazy";
        else img.Attributes["fetchpriority"] = "high";
        img.Attributes["decoding"] = "async";
        if (source?.Format is null || !urls.Processing)
        {
            img.Attributes["src"] = "/" + Path;
            output.Content.SetHtmlContent(img);
            return;
        }
        var aspect = (double)shape.Width / shape.Height;
        var widths = shape.Widths.Where(w => source.Width is not { } max || w <= max).DefaultIfEmpty(shape.Widths[0]).ToArray();
        img.Attributes["src"] = urls.Sized(source, shape.Width, shape.Height, ImageFormat.Jpeg);
        img.Attributes["srcset"] = urls.SrcSet(source, widths, aspect, ImageFormat.Jpeg);
        img.Attributes["sizes"] = shape.Sizes;
        var picture = new TagBuilder("picture");
        foreach (var format in new[] { ImageFormat.Avif, ImageFormat.WebP })
        {
            var element = new TagBuilder("source") { TagRenderMode = TagRenderMode.StartTag };
            element.Attributes["type"] = format.ContentType();
            element.Attributes["srcset"] = urls.SrcSet(source, widths, aspect, format);
            element.Attributes["sizes"] = shape.Sizes;
            picture.InnerHtml.AppendHtml(element);
        }
        picture.InnerHtml.AppendHtml(img);
        output.Content.SetHtmlContent(picture);
    }
}
