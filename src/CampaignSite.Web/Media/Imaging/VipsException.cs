namespace CampaignSite.Media.Imaging;

/// <summary>A libvips call failed; the message carries libvips' own error text.</summary>
public sealed class VipsException(string message) : Exception(message);
