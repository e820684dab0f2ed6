using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Types;

public sealed class FieldModelTests
{
    static FieldModel Field(string type, string path)
    {
        var fields = DocumentTypes.Find(type)!.Fields;
        FieldModel? field = null;
        foreach (var key in path.Split('.'))
        {
            field = fields.Single(f => f.Key == key);
            fields = field.Children;
        }
        return field!;
    }

    [Theory]
    [InlineData("news", "title", FieldKind.Text, false)]
    [InlineData("news", "body", FieldKind.Markdown, false)]
    [InlineData("news", "tags", FieldKind.Text, true)]
    [InlineData("news", "tasks", FieldKind.Choice, true)]
    [InlineData("news", "region", FieldKind.Composition, false)]
    [InlineData("news", "region.province", FieldKind.Province, false)]
    [InlineData("news", "published", FieldKind.Date, false)]
    [InlineData("news", "featured", FieldKind.Flag, false)]
    [InlineData("news", "cover", FieldKind.Media, false)]
    [InlineData("news", "syndication.video_url", FieldKind.Url, false)]
    [InlineData("news", "syndication.video_duration", FieldKind.Number, false)]
    [InlineData("news", "related", FieldKind.Reference, true)]
    [InlineData("product", "brand", FieldKind.Reference, false)]
    [InlineData("product", "gallery", FieldKind.Media, true)]
    [InlineData("product", "category", FieldKind.Choice, false)]
    public void EveryField_KnowsItsKind(string type, string path, FieldKind kind, bool list)
    {
        var field = Field(type, path);
        Assert.Equal((kind, list), (field.Kind, field.IsList));
    }

    [Fact]
    public void ReferenceFields_NameTheirTarget_OrAnyType()
    {
        Assert.Equal(typeof(Brand), Field("product", "brand").ReferenceTarget);
        Assert.Null(Field("news", "related").ReferenceTarget);
    }

    [Theory]
    [InlineData("title", "zh-CN", true)]
    [InlineData("title", "en", true)]
    [InlineData("materials", "en", true)]
    [InlineData("tasks", "zh-CN", true)]
    [InlineData("tasks", "en", false)]
    [InlineData("origin", "zh-CN", false)]
    public void Required_DependsOnTheCulture_AsTheValidatorChecksIt(string key, string culture, bool required) =>
        Assert.Equal(required, Field("product", key).IsRequiredIn(culture));

    [Fact]
    public void References_AreEverythingADocumentPointsAt_FieldByField()
    {
        var product = TestDocuments.Valid<Product>(p =>
        {
            p.Brand = "bosideng";
            p.Cover = "media/cover.jpg";
            p.Gallery = ["media/a.png", "media/b.webp"];
            p.Body = "Before ![a picture](/media/in-body.jpg) and [a leaflet](/media/leaflet.pdf); not media/x.jpgz or xmedia/y.jpg.";
            p.Syndication.VideoUrl = "https://video.example.cn/v/1.mp4";
        });
        var references = DocumentTypes.Get(typeof(Product)).References(product);
        Assert.Equal(new[]
        {
            new Reference(ReferenceKind.Media, "media/cover.jpg", "cover"),
            new Reference(ReferenceKind.Url, "https://video.example.cn/v/1.mp4", "syndication.video_url"),
            new Reference(ReferenceKind.Media, "media/in-body.jpg", "body"),
            new Reference(ReferenceKind.Media, "media/leaflet.pdf", "body"),
            new Reference(ReferenceKind.Document, "brand/bosideng", "brand"),
            new Reference(ReferenceKind.Media, "media/a.png", "gallery"),
            new Reference(ReferenceKind.Media, "media/b.webp", "gallery"),
        }.OrderBy(r => r.Field).ThenBy(r => r.Target), references.OrderBy(r => r.Field).ThenBy(r => r.Target));
    }

    [Fact]
    public void AnyTypeReferences_KeepTheirTypeAndSlug()
    {
        var news = TestDocuments.Valid<News>(n => n.Related = ["product/shengze-silk-scarf", "heritage/suzhou-embroidery"]);
        Assert.Equal(["heritage/suzhou-embroidery", "product/shengze-silk-scarf"],
            DocumentTypes.Get(typeof(News)).References(news).Where(r => r.Kind == ReferenceKind.Document).Select(r => r.Target).Order());
    }
}
