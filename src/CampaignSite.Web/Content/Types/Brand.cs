using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>A consumer, manufacturing or regional brand: the three kinds the notice names.</summary>
[DocumentType("brand", "brands", "品牌", "Brands")]
public sealed class Brand : Document, IIllustrative
{
    [Required, Facet, Label("品牌类型", "Kind")]
    public BrandKind Kind { get; set; }

    [Required, Length(1, 100), Culture, Label("企业", "Company")]
    public string Company { get; set; } = "";

    [Length(0, 100), Culture, Label("产业集群", "Cluster")]
    public string? Cluster { get; set; }

    [Year(1800), Label("创立年份", "Founded")]
    public int? Founded { get; set; }

    [Url, Label("官方网站", "Website")]
    public string? Website { get; set; }

    [Media, Label("标志", "Logo")]
    public string? Logo { get; set; }

    [Media, Label("图集", "Gallery")]
    public List<string> Gallery { get; set; } = [];

    [Reference(typeof(Product)), Label("相关产品", "Products")]
    public List<string> RelatedProducts { get; set; } = [];

    /// <summary>An example compiled by the editors of a kind of brand or product, not a certified or recommended one.</summary>
    [Label("示意内容", "Illustrative")]
    public bool Illustrative { get; set; }
}
