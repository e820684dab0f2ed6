namespace CampaignSite.Media.Imaging;

/// <summary>How an image meets a width × height box (the names of the rmode command).</summary>
public enum ResizeMode
{
    /// <summary>Fit inside the box, never enlarged.</summary>
    Max,
    /// <summary>Fill the box exactly, cutting off what falls outside around the focal point or anchor.</summary>
    Crop,
    /// <summary>Fit inside the box (enlarging if needed), then fill the rest with the background colour.</summary>
    Pad,
    /// <summary>Like pad, but never enlarged.</summary>
    BoxPad,
    /// <summary>Cover the box (both sides at least the box's), never enlarged, nothing cut.</summary>
    Min,
    /// <summary>Exactly the box, shape ignored.</summary>
    Stretch,
}
