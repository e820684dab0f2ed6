namespace CampaignSite.Content.Delivery;

/// <summary>
/// Keeps one page of a cached folder out of the output cache altogether: it is neither stored nor
/// served from there, because what it shows depends on a secret in its address (a preview link)
/// and must stop the moment that secret does.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NeverCachedAttribute : Attribute;
