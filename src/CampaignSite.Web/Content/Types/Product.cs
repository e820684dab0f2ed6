using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>A featured quality product: apparel, home textiles or industrial textiles.</summary>
[DocumentType("product", "products", "产品", "Products")]
public sealed class Product : Document, IIllustrative
{
    [Required, Facet, Label("产品类别", "Category")]
    public ProductCategory Category { get; set; }

    [Reference(typeof(Brand)), Label("品牌", "Brand")]
    public string? Brand { get; set; }

    [Required, Items(1, 12, 1, 60), Culture, Label("材料与纤维", "Materials and fibres")]
    public List<string> Materials { get; set; } = [];

    [Label("天然纤维", "Natural fibre")]
    public bool NaturalFibre { get; set; }

    [Length(0, 60), Culture, Label("产地", "Origin")]
    public string? Origin { get; set; }

    [Items(0, 12, 1, 80), Culture, Label("认证", "Certifications")]
    public List<string> Certifications { get; set; } = [];

    [Media, Label("图集", "Gallery")]
    public List<string> Gallery { get; set; } = [];

    /// <summary>An example compiled by the editors of a kind of brand or product, not a certified or recommended one.</summary>
    [Label("示意内容", "Illustrative")]
    public bool Illustrative { get; set; }
}
