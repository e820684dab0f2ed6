using CampaignSite.Content.Fields;

namespace CampaignSite.Content.Types;

/// <summary>A textile intangible cultural heritage item (纺织非遗).</summary>
[DocumentType("heritage", "heritage", "纺织非遗", "Textile heritage")]
public sealed class Heritage : Document
{
    [Required, Facet, Label("级别", "Level")]
    public HeritageLevel Level { get; set; }

    [Length(0, 20), Label("名录编号", "List number")]
    public string? ListNumber { get; set; }

    [Range(1, 10), Label("批次", "Batch")]
    public int? Batch { get; set; }

    [Required, Label("门类", "Craft")]
    public CraftCategory Craft { get; set; }

    [Items(0, 12, 1, 60), Culture, Label("代表性传承人", "Inheritors")]
    public List<string> Inheritors { get; set; } = [];

    [Items(0, 20, 1, 200), Culture, Label("技艺步骤", "Technique")]
    public List<string> Steps { get; set; } = [];

    [AnyReference, Label("相关产品与品牌", "Related products and brands")]
    public List<string> Related { get; set; } = [];
}
