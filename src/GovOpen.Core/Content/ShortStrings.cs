using System.Collections.Concurrent;
using System.Text.Json;

namespace GovOpen.Core.Content;

/// <summary>
/// One copy of each short string read from content: property names, 公开属性 and other vocabulary values, 发文机关,
/// 主题分类, dates. Every item repeats them, so a large site kept hundreds of thousands of equal strings (and made
/// them at start). Bounded: at most <see cref="MaxCount"/> strings of at most <see cref="MaxLength"/> characters are
/// kept; anything else is made as before.
/// </summary>
internal static class ShortStrings
{
    public const int MaxLength = 32;
    public const int MaxCount = 16_384;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    /// <summary>The reader's current string (a property name or a string value), shared when it is short.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength * 3)
        {
            return reader.GetString()!;
        }
        Span<char> chars = stackalloc char[MaxLength * 3];
        if (System.Text.Unicode.Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done
            || written > MaxLength)
        {
            return reader.GetString()!; // invalid text throws there, as it always did
        }
        var text = chars[..written];
        if (Lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }
        var made = new string(text);
        if (Volatile.Read(ref _count) < MaxCount && Pool.TryAdd(made, made))
        {
            Interlocked.Increment(ref _count);
        }
        return made;
    }
}
