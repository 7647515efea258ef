using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace GovOpen.Packaging;

/// <summary>
/// Reads a file only when it is a regular file. A FIFO, socket or device named like an item (<c>mkfifo items/x.json</c>)
/// would block an ordinary open for ever and hang the site at start; on Linux the file is opened non-blocking and
/// refused unless it is seekable (regular files are; pipes and character devices are not).
/// </summary>
internal static partial class RegularFile
{
    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000; // Linux open(2) flags

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    public static string ReadAllText(string path, long maxBytes)
    {
        using var stream = OpenRead(path);
        if (!stream.CanSeek)
        {
            throw new InvalidDataException("不是普通文件 (not a regular file)");
        }
        if (stream.Length > maxBytes)
        {
            throw new InvalidDataException($"文件过大：{stream.Length}字节，上限{maxBytes}字节 (file too large)");
        }
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a value from UTF-8 text; must not keep a reference to the bytes (they are reused).</summary>
    public delegate T Utf8Parser<out T>(ReadOnlySpan<byte> utf8);

    /// <summary>
    /// Parses the file from its UTF-8 bytes, without decoding it to text and encoding it back and without a buffer of
    /// its own per file (a large site's start reads tens of thousands of items: the per-file buffers were most of
    /// the garbage collected during the load). A UTF-8 byte-order mark is dropped; a file in UTF-16 or UTF-32 (with
    /// its mark) is re-encoded, as <see cref="ReadAllText"/> would have read it.
    /// </summary>
    public static T ParseUtf8<T>(string path, long maxBytes, Utf8Parser<T> parse)
    {
        byte[] rented;
        int length;
        using (var stream = OpenRead(path))
        {
            if (!stream.CanSeek)
            {
                throw new InvalidDataException("不是普通文件 (not a regular file)");
            }
            if (stream.Length > maxBytes)
            {
                throw new InvalidDataException($"文件过大：{stream.Length}字节，上限{maxBytes}字节 (file too large)");
            }
            length = (int)stream.Length;
            rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                stream.ReadExactly(rented.AsSpan(0, length));
            }
            catch
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                throw;
            }
        }
        try
        {
            var bytes = rented.AsSpan(0, length);
            if (bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                return parse(bytes[3..]);
            }
            if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, 0, 0xFE, 0xFF, ..])
            {
                using var reader = new StreamReader(new MemoryStream(rented, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return parse(Encoding.UTF8.GetBytes(reader.ReadToEnd()));
            }
            return parse(bytes);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>True when the path is a regular file that can be opened (never blocks on a FIFO).</summary>
    public static bool IsRegular(string path)
    {
        try
        {
            using var stream = OpenRead(path);
            return stream.CanSeek;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static FileStream OpenRead(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        var fd = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == 13 ? new UnauthorizedAccessException($"无权读取 (permission denied): {Path.GetFileName(path)}") : new IOException($"无法打开 (cannot open, errno {errno}): {Path.GetFileName(path)}");
        }
        // Unbuffered: every caller reads the whole file in one call, so a buffer would only be copied through.
        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }
}
