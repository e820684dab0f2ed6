using System.Net;

namespace CampaignSite.Operations;

/// <summary>
/// CampaignSite:Proxy: the reverse proxies in front of the site, KnownProxies as addresses and
/// KnownNetworks as networks (comma-separated), believed together with CampaignSite:Security:Proxies.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "CampaignSite:Proxy";

    /// <summary>Addresses of the proxies, such as 10.0.0.5, 10.0.0.6.</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Networks the proxies are in, such as 10.1.0.0/16, fd00::/8.</summary>
    public string KnownNetworks { get; set; } = "";

    /// <summary>Both lists as networks (an address is a network of one), or the sentence naming the first entry that is not one.</summary>
    public (List<IPNetwork> Networks, string? Problem) Parse()
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in Entries(KnownProxies))
        {
            if (!IPAddress.TryParse(entry, out var address) || entry.Contains('/'))
                return (networks, $"CampaignSite:Proxy:KnownProxies has '{entry}', which is not an address such as 10.0.0.5 (networks go in KnownNetworks).");
            networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
        }
        foreach (var entry in Entries(KnownNetworks))
        {
            if (!entry.Contains('/') || !IPNetwork.TryParse(entry, out var network))
                return (networks, $"CampaignSite:Proxy:KnownNetworks has '{entry}', which is not a network such as 10.1.0.0/16 (single addresses go in KnownProxies).");
            networks.Add(network);
        }
        return (networks, null);
    }

    static string[] Entries(string list) => list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
