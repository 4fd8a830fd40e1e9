using System.Buffers.Binary;
using System.IO.Compression;

namespace EcomBot.Deployment.Tests.Teams;

/// <summary>
/// A minimal PNG reader for the app icons: the header, and the pixels of an 8-bit RGBA, non-interlaced image
/// (the format the icons use; anything else is reported as such, not decoded).
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colourType, byte interlace, byte[]? rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColourType = colourType;
        Interlace = interlace;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>6 is truecolour with alpha.</summary>
    public byte ColourType { get; }

    public byte Interlace { get; }

    /// <summary>Four bytes a pixel, row by row; null unless the image is 8-bit RGBA without interlacing.</summary>
    public byte[]? Rgba { get; }

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }
        int width = 0, height = 0;
        byte bitDepth = 0, colourType = 0, interlace = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            offset += 12 + length;
        }
        var rgba = bitDepth == 8 && colourType == 6 && interlace == 0 ? Unfilter(Inflate(compressed.ToArray()), width, height) : null;
        return new PngImage(width, height, bitDepth, colourType, interlace, rgba);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Reverses the per-row filters (PNG specification, section 9) for 4-byte pixels.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int bytesPerPixel = 4;
        var stride = width * bytesPerPixel;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var previous = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? row[x - bytesPerPixel] : 0;
                int up = previous[x];
                int upLeft = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
                row[x] = (byte)(source[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
