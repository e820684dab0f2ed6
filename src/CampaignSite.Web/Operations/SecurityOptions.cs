using System.Net;

namespace CampaignSite.Operations;

/// <summary>CampaignSite:Security: who may frame the site, and which proxies may say who the client is.</summary>
public sealed class SecurityOptions
{
    public const string Section = "CampaignSite:Security";

    /// <summary>CSP frame-ancestors: 'self' by default; 'none', or 'self' with the origins of a portal that embeds the site.</summary>
    public string FrameAncestors { get; set; } = "'self'";

    /// <summary>Addresses or networks (10.0.0.5, 10.1.0.0/16) of the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; none by default.</summary>
    public string Proxies { get; set; } = "";

    /// <summary>The configured proxies, or the first entry that is neither an address nor a network.</summary>
    public (List<IPNetwork> Networks, string? Bad) ParseProxies()
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in Proxies.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            else return (networks, entry);
        }
        return (networks, null);
    }

    /// <summary>What is wrong with the settings, in a sentence naming the key; null when nothing is.</summary>
    public string? Problem() =>
        ParseProxies().Bad is { } bad ? $"CampaignSite:Security:Proxies has '{bad}', which is neither an address nor a network such as 10.1.0.0/16."
        : BadFrameAncestor() is { } source ? $"CampaignSite:Security:FrameAncestors has '{source}'; use 'self', 'none' or origins such as https://www.miit.gov.cn, apart by spaces."
        : null;

    /// <summary>The frame-ancestors sources, or the first that is not 'self', 'none' or an http(s) origin.</summary>
    public string? BadFrameAncestor() => FrameAncestors.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(source =>
        source is not ("'self'" or "'none'") && !(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.PathAndQuery == "/" && !source.EndsWith('/')));
}
