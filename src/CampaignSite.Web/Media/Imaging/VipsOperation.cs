using System.Runtime.InteropServices;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// One libvips operation called the way language bindings call it: vips_operation_new, each
/// argument set with g_object_set_property from a GValue of the argument's own type, then
/// vips_cache_operation_build; outputs are read with g_object_get_property. Disposing releases
/// the outputs and the operation.
/// </summary>
sealed class VipsOperation : IDisposable
{
    nint op;

    VipsOperation(nint op) => this.op = op;

    /// <summary>Runs an operation by nickname ("thumbnail", "jpegsave_buffer") with named arguments.</summary>
    public static VipsOperation Call(string name, params (string Name, object? Value)[] arguments)
    {
        var op = Vips.vips_operation_new(name);
        if (op == 0) throw new VipsException($"libvips has no operation '{name}': {Vips.TakeError()}");
        try
        {
            foreach (var (argument, value) in arguments)
                if (value is not null) Set(op, argument, value);
        }
        catch
        {
            Vips.g_object_unref(op);
            throw;
        }
        var built = Vips.vips_cache_operation_build(op);
        if (built == 0)
        {
            var error = Vips.TakeError();
            Vips.vips_object_unref_outputs(op);
            Vips.g_object_unref(op);
            throw new VipsException($"{name}: {error}");
        }
        Vips.g_object_unref(op);
        return new VipsOperation(built);
    }

    /// <summary>An image output; the caller owns the returned image.</summary>
    public VipsImage Image(string name = "out")
    {
        var value = Get(name, Vips.vips_image_get_type());
        try { return new VipsImage(Vips.g_object_ref(Vips.g_value_get_object(ref value))); }
        finally { Vips.g_value_unset(ref value); }
    }

    /// <summary>A blob output ("buffer" of the *_buffer savers), copied into managed memory.</summary>
    public byte[] Bytes(string name = "buffer")
    {
        var value = Get(name, Vips.vips_blob_get_type());
        try
        {
            var data = Vips.vips_blob_get(Vips.g_value_get_boxed(ref value), out var length);
            var bytes = new byte[(int)length];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally { Vips.g_value_unset(ref value); }
    }

    /// <summary>A double output ("out" of avg).</summary>
    public double Double(string name)
    {
        var value = Get(name, Vips.GDouble);
        try { return Vips.g_value_get_double(ref value); }
        finally { Vips.g_value_unset(ref value); }
    }

    Vips.GValue Get(string name, nint type)
    {
        var value = default(Vips.GValue);
        Vips.g_value_init(ref value, type);
        Vips.g_object_get_property(op, name, ref value);
        return value;
    }

    static void Set(nint op, string name, object value)
    {
        if (Vips.vips_object_get_argument(op, name, out var pspec, out _, out _) != 0)
            throw new VipsException($"libvips: no argument '{name}': {Vips.TakeError()}");
        var type = Marshal.ReadIntPtr(pspec, Vips.ParamSpecValueTypeOffset);
        var gvalue = default(Vips.GValue);
        Vips.g_value_init(ref gvalue, type);
        try
        {
            var fundamental = Vips.g_type_fundamental(type);
            switch (value)
            {
                case string nick when fundamental == Vips.GEnum:
                    var e = Vips.vips_enum_from_nick("campaignsite", type, nick);
                    if (e < 0) throw new VipsException($"{name}: {Vips.TakeError()}");
                    Vips.g_value_set_enum(ref gvalue, e);
                    break;
                case string nick when fundamental == Vips.GFlags:
                    var f = Vips.vips_flags_from_nick("campaignsite", type, nick);
                    if (f < 0) throw new VipsException($"{name}: {Vips.TakeError()}");
                    Vips.g_value_set_flags(ref gvalue, (uint)f);
                    break;
                case string s: Vips.g_value_set_string(ref gvalue, s); break;
                case bool b: Vips.g_value_set_boolean(ref gvalue, b ? 1 : 0); break;
                case int i when fundamental == Vips.GDouble: Vips.g_value_set_double(ref gvalue, i); break;
                case int i when fundamental == Vips.GEnum: Vips.g_value_set_enum(ref gvalue, i); break;
                case int i: Vips.g_value_set_int(ref gvalue, i); break;
                case double d: Vips.g_value_set_double(ref gvalue, d); break;
                case VipsImage image: Vips.g_value_set_object(ref gvalue, image.Handle); break;
                case byte[] bytes:
                    var blob = Vips.vips_blob_copy(bytes, (nuint)bytes.Length);
                    Vips.g_value_set_boxed(ref gvalue, blob);
                    Vips.vips_area_unref(blob);
                    break;
                case double[] array:
                    var area = Vips.vips_array_double_new(array, array.Length);
                    Vips.g_value_set_boxed(ref gvalue, area);
                    Vips.vips_area_unref(area);
                    break;
                default: throw new ArgumentException($"libvips argument '{name}' cannot take a {value.GetType().Name}");
            }
            Vips.g_object_set_property(op, name, ref gvalue);
        }
        finally { Vips.g_value_unset(ref gvalue); }
    }

    public void Dispose()
    {
        if (op == 0) return;
        Vips.vips_object_unref_outputs(op);
        Vips.g_object_unref(op);
        op = 0;
    }
}
