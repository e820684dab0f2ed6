using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>A technology of high-end, smart and green upgrading.</summary>
[DocumentType("technology", "technologies", "技术", "Technologies")]
public sealed class Technology : Document
{
    [Required, Facet, Label("技术类别", "Category")]
    public TechnologyCategory Category { get; set; }

    [Required, Label("成熟度", "Maturity")]
    public Maturity Maturity { get; set; }

    [Items(0, 12, 1, 40), Culture, Label("应用领域", "Sectors")]
    public List<string> Sectors { get; set; } = [];

    [Reference(typeof(Brand)), Label("提供方", "Provider")]
    public string? Provider { get; set; }

    [Items(0, 12, 1, 200), Culture, Label("实测效益", "Measured benefits")]
    public List<string> Benefits { get; set; } = [];
}
