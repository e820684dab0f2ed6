using NetVips;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// libvips as NetVips ships it (NetVips.Native: libvips and its dependencies inside the package, no
/// system library needed), set up once per process: untrusted loaders blocked, its operation cache
/// off (variants are cached on disk). When it cannot start, <see cref="Available"/> is false and
/// <see cref="Problem"/> says why; nothing else in the process calls into libvips then.
/// </summary>
public static class VipsLibrary
{
    static readonly Lazy<string?> Started = new(Start);

    public static bool Available => Started.Value is null;
    public static string? Problem => Started.Value;
    public static string? Version { get; private set; }

    public static bool TryStart(out string? reason)
    {
        reason = Started.Value;
        return reason is null;
    }

    static string? Start()
    {
        try
        {
            if (!ModuleInitializer.VipsInitialized)
                return $"the bundled libvips did not start: {ModuleInitializer.Exception?.Message ?? "unknown reason"}";
            // Only loaders of the formats the library accepts, never libvips' "untrusted" ones (matload, FITS...).
            NetVips.NetVips.BlockUntrusted = true;
            Cache.Max = 0;
            Version = $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException)
        {
            return $"the bundled libvips cannot be used: {e.Message}";
        }
    }
}
