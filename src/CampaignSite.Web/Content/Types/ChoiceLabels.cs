using System.Text.Json;

namespace CampaignSite.Content.Types;

/// <summary>Ids and labels of the enum values used in files, URLs and pages.</summary>
public static class ChoiceLabels
{
    public static string Id(Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse(Type enumType, string id, out object? value)
    {
        value = Enum.GetValues(enumType).Cast<Enum>().FirstOrDefault(v => Id(v) == id);
        return value is not null;
    }

    public static string Label(Enum value, string culture) =>
        Labels.TryGetValue(value, out var l) ? (culture == Cultures.English ? l.En : l.Zh) : value.ToString();

    public static IEnumerable<string> Ids(Type enumType) => Enum.GetValues(enumType).Cast<Enum>().Select(Id);

    static readonly Dictionary<Enum, (string Zh, string En)> Labels = new()
    {
        [TaskArea.SmartGreen] = ("高端化智能化绿色化", "High-end, smart and green upgrading"),
        [TaskArea.Regional] = ("区域特色发展", "Regional specialities"),
        [TaskArea.DesignBrand] = ("创意设计与品牌", "Creative design and brands"),
        [TaskArea.SupplyChain] = ("稳链固链与扩大需求", "Supply-chain stability and demand"),
        [TaskArea.OpeningUp] = ("开放合作", "Opening-up"),
        [BrandKind.Consumer] = ("消费品牌", "Consumer brand"),
        [BrandKind.Manufacturing] = ("制造品牌", "Manufacturing brand"),
        [BrandKind.Regional] = ("区域品牌", "Regional brand"),
        [TechnologyCategory.SmartManufacturing] = ("智能制造", "Smart manufacturing"),
        [TechnologyCategory.DigitalTransformation] = ("数字化转型", "Digital transformation"),
        [TechnologyCategory.GreenLowCarbon] = ("绿色低碳", "Green and low-carbon"),
        [TechnologyCategory.WasteRecycling] = ("废旧纺织品循环利用", "Waste-textile recycling"),
        [TechnologyCategory.NewMaterials] = ("新材料", "New materials"),
        [Maturity.Research] = ("研发阶段", "Research"),
        [Maturity.Pilot] = ("中试示范", "Pilot"),
        [Maturity.Commercial] = ("规模应用", "In commercial use"),
        [ProductCategory.Apparel] = ("服装服饰", "Apparel"),
        [ProductCategory.HomeTextiles] = ("家用纺织品", "Home textiles"),
        [ProductCategory.IndustrialTextiles] = ("产业用纺织品", "Industrial textiles"),
        [HeritageLevel.National] = ("国家级", "National"),
        [HeritageLevel.Provincial] = ("省级", "Provincial"),
        [HeritageLevel.Municipal] = ("市级", "Municipal"),
        [CraftCategory.Embroidery] = ("刺绣", "Embroidery"),
        [CraftCategory.Brocade] = ("织锦", "Brocade weaving"),
        [CraftCategory.PrintingDyeing] = ("印染", "Printing and dyeing"),
        [CraftCategory.Costume] = ("服饰", "Costume"),
        [CraftCategory.WeavingKnitting] = ("纺织编织", "Weaving and knitting"),
    };
}
