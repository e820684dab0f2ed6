using System.Runtime.InteropServices;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// The libvips and GObject entry points the pipeline calls. Only the operation/property route
/// bindings use (no C varargs): an operation is created, its arguments set as GValues, built
/// through the operation cache, and its outputs read back as GValues.
/// Every import resolves through <see cref="VipsLibrary"/>, which maps "vips" to the library it loaded.
/// </summary>
static partial class Vips
{
    public const string Lib = "vips";

    [StructLayout(LayoutKind.Sequential)]
    public struct GValue
    {
        public nint Type;
        public long Data0, Data1;
    }

    // GLib / GObject (found through libvips' own dependencies)
    [DllImport(Lib)] public static extern nint g_value_init(ref GValue value, nint type);
    [DllImport(Lib)] public static extern void g_value_unset(ref GValue value);
    [DllImport(Lib)] public static extern void g_value_set_int(ref GValue value, int v);
    [DllImport(Lib)] public static extern void g_value_set_double(ref GValue value, double v);
    [DllImport(Lib)] public static extern void g_value_set_boolean(ref GValue value, int v);
    [DllImport(Lib)] public static extern void g_value_set_string(ref GValue value, [MarshalAs(UnmanagedType.LPUTF8Str)] string v);
    [DllImport(Lib)] public static extern void g_value_set_enum(ref GValue value, int v);
    [DllImport(Lib)] public static extern void g_value_set_flags(ref GValue value, uint v);
    [DllImport(Lib)] public static extern void g_value_set_object(ref GValue value, nint v);
    [DllImport(Lib)] public static extern void g_value_set_boxed(ref GValue value, nint v);
    [DllImport(Lib)] public static extern nint g_value_get_object(ref GValue value);
    [DllImport(Lib)] public static extern nint g_value_get_boxed(ref GValue value);
    [DllImport(Lib)] public static extern int g_value_get_int(ref GValue value);
    [DllImport(Lib)] public static extern void g_object_set_property(nint obj, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, ref GValue value);
    [DllImport(Lib)] public static extern void g_object_get_property(nint obj, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, ref GValue value);
    [DllImport(Lib)] public static extern nint g_object_ref(nint obj);
    [DllImport(Lib)] public static extern void g_object_unref(nint obj);
    [DllImport(Lib)] public static extern nint g_type_fundamental(nint type);
    [DllImport(Lib)] public static extern nint g_type_from_name([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    // libvips
    [DllImport(Lib)] public static extern int vips_init([MarshalAs(UnmanagedType.LPUTF8Str)] string argv0);
    [DllImport(Lib)] public static extern nint vips_version_string();
    [DllImport(Lib)] public static extern int vips_version(int flag);
    [DllImport(Lib)] public static extern nint vips_error_buffer();
    [DllImport(Lib)] public static extern void vips_error_clear();
    [DllImport(Lib)] public static extern void vips_block_untrusted_set(int state);
    [DllImport(Lib)] public static extern void vips_cache_set_max(int max);
    [DllImport(Lib)] public static extern nint vips_operation_new([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Lib)] public static extern nint vips_cache_operation_build(nint operation);
    [DllImport(Lib)] public static extern void vips_object_unref_outputs(nint obj);
    [DllImport(Lib)] public static extern int vips_object_get_argument(nint obj, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, out nint pspec, out nint argumentClass, out nint argumentInstance);
    [DllImport(Lib)] public static extern int vips_enum_from_nick([MarshalAs(UnmanagedType.LPUTF8Str)] string domain, nint type, [MarshalAs(UnmanagedType.LPUTF8Str)] string nick);
    [DllImport(Lib)] public static extern int vips_flags_from_nick([MarshalAs(UnmanagedType.LPUTF8Str)] string domain, nint type, [MarshalAs(UnmanagedType.LPUTF8Str)] string nick);
    [DllImport(Lib)] public static extern nint vips_foreign_find_load_buffer(byte[] data, nuint size);
    [DllImport(Lib)] public static extern nint vips_foreign_find_load([MarshalAs(UnmanagedType.LPUTF8Str)] string filename);
    [DllImport(Lib)] public static extern nint vips_nickname_find(nint type);
    [DllImport(Lib)] public static extern nint vips_blob_copy(byte[] data, nuint length);
    [DllImport(Lib)] public static extern nint vips_blob_get(nint blob, out nuint length);
    [DllImport(Lib)] public static extern nint vips_blob_get_type();
    [DllImport(Lib)] public static extern nint vips_array_double_new(double[] array, int n);
    [DllImport(Lib)] public static extern nint vips_array_double_get_type();
    [DllImport(Lib)] public static extern void vips_area_unref(nint area);
    [DllImport(Lib)] public static extern nint vips_image_get_type();
    [DllImport(Lib)] public static extern int vips_image_get_width(nint image);
    [DllImport(Lib)] public static extern int vips_image_get_height(nint image);
    [DllImport(Lib)] public static extern int vips_image_get_bands(nint image);
    [DllImport(Lib)] public static extern int vips_image_hasalpha(nint image);
    [DllImport(Lib)] public static extern double g_value_get_double(ref GValue value);
    [DllImport(Lib)] public static extern int vips_image_get_n_pages(nint image);
    [DllImport(Lib)] public static extern nint vips_image_get_typeof(nint image, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Lib)] public static extern int vips_image_get_int(nint image, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, out int value);

    // GType numbers of the fundamental types (gtype.h: G_TYPE_MAKE_FUNDAMENTAL(n) = n << 2).
    public const nint GBoolean = 5 << 2, GInt = 6 << 2, GEnum = 12 << 2, GFlags = 13 << 2, GDouble = 15 << 2, GString = 16 << 2, GBoxed = 18 << 2, GObject = 20 << 2;

    /// <summary>GParamSpec.value_type: after the instance pointer, the name pointer and the flags (padded).</summary>
    public const int ParamSpecValueTypeOffset = 24;

    public static string? Utf8(nint p) => p == 0 ? null : Marshal.PtrToStringUTF8(p);

    /// <summary>libvips' error text for the last failure on any thread, cleared after reading.</summary>
    public static string TakeError()
    {
        var text = Utf8(vips_error_buffer())?.Trim() ?? "";
        vips_error_clear();
        return text.Length == 0 ? "unknown libvips error" : text;
    }
}
