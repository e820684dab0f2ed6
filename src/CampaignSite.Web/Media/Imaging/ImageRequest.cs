using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace CampaignSite.Media.Imaging;

/// <summary>The query of a /media URL: commands, the v= version and the hmac= signature, or the reason it is refused.</summary>
public sealed record ImageRequest(ImageCommands Commands, string? Version, string? Signature)
{
    static readonly string[] Known = ["width", "height", "rmode", "rxy", "ranchor", "format", "quality", "bgcolor", "preset", "v", "hmac"];

    static readonly Dictionary<string, (double, double)> Anchors = new()
    {
        ["center"] = (0.5, 0.5), ["middlecenter"] = (0.5, 0.5),
        ["top"] = (0.5, 0), ["topcenter"] = (0.5, 0), ["bottom"] = (0.5, 1), ["bottomcenter"] = (0.5, 1),
        ["left"] = (0, 0.5), ["middleleft"] = (0, 0.5), ["right"] = (1, 0.5), ["middleright"] = (1, 0.5),
        ["topleft"] = (0, 0), ["topright"] = (1, 0), ["bottomleft"] = (0, 1), ["bottomright"] = (1, 1),
    };

    /// <summary>True when only a preset (and a format) is asked: such URLs need no signature.</summary>
    public bool IsPresetOnly => Commands.Preset is not null && Commands with { Preset = null, Format = null } == new ImageCommands();

    public static (ImageRequest? Request, string? Error) Parse(IEnumerable<KeyValuePair<string, StringValues>> query, int maxDimension)
    {
        var c = new ImageCommands();
        string? version = null, signature = null;
        foreach (var (rawKey, values) in query)
        {
            var key = rawKey.ToLowerInvariant();
            if (!Known.Contains(key)) return Fail($"'{rawKey}' is not an image command; the commands are {string.Join(", ", Known[..9])}");
            if (values.Count != 1) return Fail($"'{key}' is given {values.Count} times");
            var value = values[0]!.Trim();
            switch (key)
            {
                case "width" or "height":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
                        return Fail($"{key} must be a whole number of pixels from 1 to {maxDimension}");
                    if (size > maxDimension) return Fail($"{key} {size} is larger than the largest allowed, {maxDimension}");
                    c = key == "width" ? c with { Width = size } : c with { Height = size };
                    break;
                case "rmode":
                    if (!Enum.TryParse<ResizeMode>(value, ignoreCase: true, out var mode) || int.TryParse(value, out _))
                        return Fail("rmode must be one of crop, pad, boxpad, max, min, stretch");
                    c = c with { Mode = mode };
                    break;
                case "rxy":
                    if (Pair(value) is not { } focal) return Fail("rxy must be two numbers from 0 to 1, such as 0.3,0.6 (across, down)");
                    c = c with { Focal = focal };
                    break;
                case "ranchor":
                    if (!Anchors.TryGetValue(value.ToLowerInvariant(), out var anchor))
                        return Fail("ranchor must be one of center, top, bottom, left, right, topleft, topright, bottomleft, bottomright");
                    c = c with { Anchor = anchor };
                    break;
                case "format":
                    ImageFormat? format = value.ToLowerInvariant() switch
                    {
                        "jpg" or "jpeg" => ImageFormat.Jpeg, "png" => ImageFormat.Png, "webp" => ImageFormat.WebP, "avif" => ImageFormat.Avif, _ => null,
                    };
                    if (format is null) return Fail("format must be one of webp, avif, jpg, png");
                    c = c with { Format = format };
                    break;
                case "quality":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 100)
                        return Fail("quality must be a whole number from 1 to 100");
                    c = c with { Quality = q };
                    break;
                case "bgcolor":
                    if (Colour(value) is not { } colour) return Fail("bgcolor must be a hex colour such as ffffff or fff (no #)");
                    c = c with { Background = colour };
                    break;
                case "preset":
                    if (!ImagePresets.All.ContainsKey(value)) return Fail($"preset must be one of {string.Join(", ", ImagePresets.All.Keys)}");
                    c = c with { Preset = value };
                    break;
                case "v": version = value; break;
                case "hmac": signature = value; break;
            }
        }
        return (new ImageRequest(c, version, signature), null);

        static (ImageRequest?, string?) Fail(string message) => (null, message);
    }

    static (double, double)? Pair(string value)
    {
        var parts = value.Split(',');
        return parts.Length == 2 && Unit(parts[0]) is { } x && Unit(parts[1]) is { } y ? (x, y) : null;

        static double? Unit(string s) =>
            double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d is >= 0 and <= 1 ? d : null;
    }

    static (byte, byte, byte)? Colour(string value)
    {
        if (value.Length == 3) value = string.Concat(value.Select(ch => $"{ch}{ch}"));
        return value.Length == 6 && uint.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb)
            ? ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb) : null;
    }
}
