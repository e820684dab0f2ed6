namespace CampaignSite.Content.Types;

// The closed lists the notice and the content model use. In files and URLs each value is
// written in kebab case (SmartGreen → smart-green); labels live in ChoiceLabels.

/// <summary>The campaign's five lines of work, as the 2023 notice lists them; every document belongs to one or more.</summary>
public enum TaskArea { SmartGreen, Regional, DesignBrand, SupplyChain, OpeningUp }

public enum BrandKind { Consumer, Manufacturing, Regional }

public enum TechnologyCategory { SmartManufacturing, DigitalTransformation, GreenLowCarbon, WasteRecycling, NewMaterials }

public enum Maturity { Research, Pilot, Commercial }

public enum ProductCategory { Apparel, HomeTextiles, IndustrialTextiles }

public enum HeritageLevel { National, Provincial, Municipal }

public enum CraftCategory { Embroidery, Brocade, PrintingDyeing, Costume, WeavingKnitting }
