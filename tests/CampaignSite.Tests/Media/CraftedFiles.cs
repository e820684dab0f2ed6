using System.Buffers.Binary;

namespace CampaignSite.Tests.Media;

/// <summary>Hand-made files for the upload checks: EXIF with GPS, headers that lie about their size.</summary>
static class CraftedFiles
{
    /// <summary>A JPEG with an EXIF block: orientation, and a GPS latitude of 31° 14' N (Shanghai).</summary>
    public static byte[] WithExif(byte[] jpeg, int orientation)
    {
        var tiff = new byte[92];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        Ifd(tiff, 8, [(0x0112, 3, 1, (uint)orientation), (0x8825, 4, 1, 38)]);
        Ifd(tiff, 38, [(0x0001, 2, 2, 'N'), (0x0002, 5, 3, 68)]);
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(68 + i * 8), i switch { 0 => 31u, 1 => 14u, _ => 0u });
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(72 + i * 8), 1);
        }
        var app1 = new byte[4 + 6 + tiff.Length];
        app1[0] = 0xFF; app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        "Exif\0\0"u8.CopyTo(app1.AsSpan(4));
        tiff.CopyTo(app1, 10);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    static void Ifd(byte[] tiff, int at, (ushort Tag, ushort Type, uint Count, uint Value)[] entries)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var e = tiff.AsSpan(at + 2 + i * 12);
            BinaryPrimitives.WriteUInt16LittleEndian(e, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(e[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(e[4..], entries[i].Count);
            if (entries[i].Type == 3) BinaryPrimitives.WriteUInt16LittleEndian(e[8..], (ushort)entries[i].Value);
            else BinaryPrimitives.WriteUInt32LittleEndian(e[8..], entries[i].Value);
        }
    }

    /// <summary>A PNG of a few bytes whose header says width × height (a decompression bomb's first step).</summary>
    public static byte[] PngClaiming(uint width, uint height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        return [0x89, .. "PNG\r\n\x1a\n"u8, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    /// <summary>A real JPEG whose frame header is changed to claim width × height.</summary>
    public static byte[] JpegClaiming(byte[] jpeg, ushort width, ushort height)
    {
        var copy = jpeg.ToArray();
        for (var i = 2; i < copy.Length - 9; i++)
        {
            if (copy[i] != 0xFF || copy[i + 1] is not (0xC0 or 0xC2)) continue;
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), height);
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), width);
            return copy;
        }
        throw new InvalidOperationException("no frame header");
    }

    static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
