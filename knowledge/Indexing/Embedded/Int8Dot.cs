using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// Integer dot product of a query (codes widened to 16 bits once per query) with a stored 8-bit code vector. On
/// AVX2 each step sign-extends 16 codes and multiplies-and-adds them pairwise into 32-bit sums (vpmovsxbw, vpmaddwd);
/// elsewhere a portable loop gives the same exact result.
/// </summary>
internal static class Int8Dot
{
    public static int Dot(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> codes)
    {
        if (query.Length != codes.Length)
        {
            throw new ArgumentException("The query and the stored vector differ in length.", nameof(codes));
        }
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && codes.Length >= Vector128<sbyte>.Count)
        {
            sum = Avx2Body(query, codes, out i);
        }
        for (; i < codes.Length; i++)
        {
            sum += query[i] * codes[i];
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Avx2Body(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> codes, out int done)
    {
        ref var q = ref MemoryMarshal.GetReference(query);
        ref var c = ref MemoryMarshal.GetReference(codes);
        var acc0 = Vector256<int>.Zero;
        var acc1 = Vector256<int>.Zero;
        var i = 0;
        // Two independent accumulators hide the multiply-add latency.
        for (; i + 32 <= codes.Length; i += 32)
        {
            var c0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)i));
            var c1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)(i + 16)));
            acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(c0, Vector256.LoadUnsafe(ref q, (nuint)i)));
            acc1 = Avx2.Add(acc1, Avx2.MultiplyAddAdjacent(c1, Vector256.LoadUnsafe(ref q, (nuint)(i + 16))));
        }
        for (; i + 16 <= codes.Length; i += 16)
        {
            var c0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)i));
            acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(c0, Vector256.LoadUnsafe(ref q, (nuint)i)));
        }
        done = i;
        return Vector256.Sum(Avx2.Add(acc0, acc1));
    }
}
