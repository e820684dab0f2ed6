using System.Reflection;
using System.Runtime.InteropServices;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// Loads and initialises libvips once per process. When the library is missing or fails to
/// start, <see cref="Available"/> stays false and <see cref="Problem"/> says why; nothing else
/// in the process calls into libvips then.
/// </summary>
public static class VipsLibrary
{
    public const string DefaultName = "libvips.so.42";
    static readonly Lock Gate = new();
    static nint handle;
    static string? problem;
    static string? loadedName;

    public static bool Available => handle != 0 && problem is null;
    public static string? Problem => problem;
    public static string? Version { get; private set; }

    /// <summary>Loads the named library (first call wins in a process; later calls with another name report it unavailable).</summary>
    public static bool TryStart(string name, out string? reason)
    {
        lock (Gate)
        {
            if (loadedName == name)
            {
                reason = problem;
                return reason is null;
            }
            if (!NativeLibrary.TryLoad(name, typeof(VipsLibrary).Assembly, null, out var h))
            {
                reason = $"the image library {name} could not be loaded";
                return false;
            }
            if (loadedName is not null)
            {
                reason = $"libvips is already loaded in this process from {loadedName}";
                return false;
            }
            try
            {
                handle = h;
                NativeLibrary.SetDllImportResolver(typeof(VipsLibrary).Assembly, Resolve);
                VipsModules.KeepOnly(["vips-heif.so"], Vips.vips_version(0), Vips.vips_version(1));
                if (Vips.vips_init("campaignsite") != 0) problem = "libvips did not start: " + Vips.TakeError();
                else
                {
                    // Only loaders of the formats the library accepts, never libvips' "untrusted" ones (matload, FITS...).
                    Vips.vips_block_untrusted_set(1);
                    // Variants are cached on disk; libvips' own cache of recent operations would only hold memory.
                    Vips.vips_cache_set_max(0);
                    Version = Vips.Utf8(Vips.vips_version_string());
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
            {
                problem = $"the image library {name} cannot be used: {e.Message}";
            }
            loadedName = name;
            reason = problem;
            return problem is null;
        }
    }

    static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path) => name == Vips.Lib ? handle : 0;
}
