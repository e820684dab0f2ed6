using System.Globalization;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// What a processing URL asks for, parsed and checked. <see cref="Normalized"/> spells the
/// commands one way only (fixed order, canonical numbers): it is what signatures and cache keys use.
/// </summary>
public sealed record ImageCommands
{
    public int? Width { get; init; }
    public int? Height { get; init; }
    public ResizeMode Mode { get; init; } = ResizeMode.Max;
    /// <summary>Focal point (0..1 of width and height) the crop centres on; null: the anchor or the stored focal point.</summary>
    public (double X, double Y)? Focal { get; init; }
    /// <summary>Where the image sits when cropped or padded (0..1 of the slack); null: centre.</summary>
    public (double X, double Y)? Anchor { get; init; }
    public ImageFormat? Format { get; init; }
    public int? Quality { get; init; }
    public (byte R, byte G, byte B)? Background { get; init; }
    public string? Preset { get; init; }

    public bool IsEmpty => this == new ImageCommands();

    public string Normalized
    {
        get
        {
            var parts = new List<string>();
            if (Width is { } w) parts.Add("width=" + w);
            if (Height is { } h) parts.Add("height=" + h);
            if (Mode != ResizeMode.Max) parts.Add("rmode=" + Mode.ToString().ToLowerInvariant());
            if (Focal is { } f) parts.Add("rxy=" + Number(f.X) + "," + Number(f.Y));
            if (Anchor is { } a) parts.Add("ranchor=" + Number(a.X) + "," + Number(a.Y));
            if (Format is { } fmt) parts.Add("format=" + fmt.Extension());
            if (Quality is { } q) parts.Add("quality=" + q);
            if (Background is { } b) parts.Add($"bgcolor={b.R:x2}{b.G:x2}{b.B:x2}");
            if (Preset is { } p) parts.Add("preset=" + p);
            return string.Join('&', parts);
        }
    }

    static string Number(double d) => Math.Round(d, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
