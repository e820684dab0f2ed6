namespace CampaignSite;

/// <summary>A configuration mistake found at start: printed as is, without a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
