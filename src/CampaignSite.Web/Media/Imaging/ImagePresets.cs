namespace CampaignSite.Media.Imaging;

/// <summary>
/// Named shapes that need no signature: the card, and the covers feeds and channels ask for
/// (WeChat's 2.35:1 and 1:1, short-video 9:16, 3:4 and 16:9). All crop around the stored focal point.
/// </summary>
public static class ImagePresets
{
    public static readonly IReadOnlyDictionary<string, (int Width, int Height)> All = new Dictionary<string, (int, int)>
    {
        ["card"] = (640, 360),
        ["cover-2.35-1"] = (900, 383),
        ["cover-1-1"] = (600, 600),
        ["cover-9-16"] = (1080, 1920),
        ["cover-3-4"] = (1080, 1440),
        ["cover-16-9"] = (1280, 720),
    };

    /// <summary>The commands a preset stands for (a format asked for with it is kept).</summary>
    public static ImageCommands Expand(ImageCommands commands) =>
        commands.Preset is { } name && All.TryGetValue(name, out var size)
            ? commands with { Preset = null, Width = size.Width, Height = size.Height, Mode = ResizeMode.Crop }
            : commands;
}
