using System.Net;
using System.Net.Sockets;

namespace CampaignSite.Content.Outbound;

/// <summary>
/// Where the site may send requests on a partner's behalf: public addresses only, unless configured. A URL
/// whose host resolves to loopback, a private or shared network, link-local (cloud metadata lives there),
/// multicast or an unspecified address is refused, when it is registered and again at every connection
/// (so a name that later resolves elsewhere is refused too).
/// </summary>
public static class PublicTargets
{
    /// <summary>Null when the URL is an absolute http(s) URL to a public host, otherwise the sentence that says why not.</summary>
    public static async Task<string?> ProblemAsync(string? url, bool allowPrivate, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            return "The address must be an absolute http:// or https:// URL.";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "The address must not carry a user name or password.";
        if (allowPrivate) return null;
        IPAddress[] addresses;
        try { addresses = await ResolveAsync(uri.DnsSafeHost, ct); }
        catch (SocketException) { return $"The host {uri.Host} cannot be resolved."; }
        return addresses.FirstOrDefault(IsPrivate) is { } blocked
            ? $"The host {uri.Host} resolves to {blocked}, a loopback, private, link-local or metadata address; requests go only to public addresses."
            : null;
    }

    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b6 = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b6[0] & 0xfe) == 0xfc;
        }
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,      // shared address space (carrier NAT)
            169 => b[1] == 254,                   // link-local, cloud metadata
            172 => b[1] is >= 16 and <= 31,
            192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2),
            198 => b[1] is 18 or 19,              // benchmarking networks
            >= 224 => true,                       // multicast and reserved
            _ => false,
        };
    }
}
