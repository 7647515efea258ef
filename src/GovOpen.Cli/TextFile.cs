using System.Text;

namespace GovOpen.Cli;

/// <summary>Reads a text file with a size limit, as UTF-8 (with or without BOM) or, failing that, GB18030.</summary>
public static class TextFile
{
    static TextFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: file not found (文件不存在)");
        }
        if (info.Length > maxBytes)
        {
            throw new IOException($"{path}: file is {info.Length} bytes, more than the limit of {maxBytes} (文件过大)");
        }
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
