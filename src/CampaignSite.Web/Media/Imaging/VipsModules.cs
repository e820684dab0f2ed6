using System.Runtime.InteropServices;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// libvips loads every plugin module of its install at start, with global symbol binding. Debian's
/// OpenSlide module pulls in the system SQLite, whose symbols then take over the SQLite the site
/// bundles, and the database crashes. So libvips is pointed (VIPSHOME) at a private prefix that
/// holds only the modules the site needs (HEIF, for AVIF). Less loaded code is less attack surface too.
/// </summary>
static partial class VipsModules
{
    [DllImport("libc", EntryPoint = "setenv")] static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    public static void KeepOnly(string[] modules, int major, int minor)
    {
        if (!OperatingSystem.IsLinux() || LoadedFrom() is not { } libraryDirectory) return;
        var installed = Path.Combine(libraryDirectory, $"vips-modules-{major}.{minor}");
        var prefix = Path.Combine(Path.GetTempPath(), $"campaignsite-vips-{Environment.UserName}");
        // libvips looks in $VIPSHOME/{last folder of its libdir}/vips-modules-X.Y.
        var folder = Path.Combine(prefix, Path.GetFileName(libraryDirectory), $"vips-modules-{major}.{minor}");
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var module in modules)
            {
                var link = Path.Combine(folder, module);
                if (File.Exists(Path.Combine(installed, module)) && !File.Exists(link)) File.CreateSymbolicLink(link, Path.Combine(installed, module));
            }
            SetEnv("VIPSHOME", prefix, 1);
        }
        catch (IOException) { } // another process made the same links
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>The folder of the libvips the process mapped, from /proc/self/maps.</summary>
    static string? LoadedFrom()
    {
        try
        {
            var line = File.ReadLines("/proc/self/maps").FirstOrDefault(l => l.Contains("/libvips.so"));
            return line is null ? null : Path.GetDirectoryName(line[line.IndexOf('/')..].Trim());
        }
        catch (IOException) { return null; }
    }
}
