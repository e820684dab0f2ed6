using System.Buffers.Binary;

namespace CampaignSite.Media.Imaging;

/// <summary>
/// Where an image file's own structure ends. Bytes after it are how one file is made to be two
/// formats at once (an image that is also a ZIP, HTML or script), so uploads with them are refused.
/// </summary>
public static class ImageEnd
{
    /// <summary>Bytes after the image's end, or null when the structure is cut short (truncated).</summary>
    public static long? Trailing(ReadOnlySpan<byte> data, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => Jpeg(data),
        ImageFormat.Png => Png(data),
        ImageFormat.Gif => data.Length > 0 && data[^1] == 0x3B ? 0 : null,
        ImageFormat.WebP => data.Length >= 12 ? data.Length - 8 - (long)BinaryPrimitives.ReadUInt32LittleEndian(data[4..8]) is var t && t >= 0 ? t : null : null,
        _ => Boxes(data),
    };

    static long? Jpeg(ReadOnlySpan<byte> data)
    {
        var end = data.LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]);
        return end < 0 ? null : data.Length - (end + 2);
    }

    static long? Png(ReadOnlySpan<byte> data)
    {
        long at = 8;
        while (at + 12 <= data.Length)
        {
            long length = BinaryPrimitives.ReadUInt32BigEndian(data.Slice((int)at, 4));
            var type = data.Slice((int)at + 4, 4);
            at += 12 + length;
            if (type.SequenceEqual("IEND"u8)) return at <= data.Length ? data.Length - at : null;
        }
        return null;
    }

    /// <summary>ISO base media boxes (AVIF): size, type, and the size's 64-bit and to-the-end forms.</summary>
    static long? Boxes(ReadOnlySpan<byte> data)
    {
        long at = 0;
        while (at + 8 <= data.Length)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(data.Slice((int)at, 4));
            // Box types are four letters or digits; anything else after the last box is not part of the image.
            if (!IsBoxType(data.Slice((int)at + 4, 4))) return data.Length - at;
            if (size == 0) return 0;
            if (size == 1)
            {
                if (at + 16 > data.Length) return null;
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(data.Slice((int)at + 8, 8));
            }
            if (size < 8) return null;
            at += size;
        }
        return at == data.Length ? 0 : at > data.Length ? null : data.Length - at;
    }

    static bool IsBoxType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type) if (!char.IsAsciiLetterOrDigit((char)b) && b != (byte)' ') return false;
        return true;
    }
}
