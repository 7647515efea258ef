using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovOpen.Import;

/// <summary>Reads .docx, .txt, saved web pages (.html/.htm) and pasted text into paragraphs; refuses what it cannot read safely, saying why.</summary>
public static partial class SourceReader
{
    static SourceReader() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly IReadOnlyList<string> Extensions = [".docx", ".txt", ".html", ".htm"];

    public static SourceText ReadFile(string path, ImportLimits? limits = null)
    {
        limits ??= new ImportLimits();
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ImportException(name, "not-found", "文件不存在", "file not found");
        }
        if (info.Length > limits.MaxFileBytes)
        {
            throw new ImportException(name, "too-large", $"文件过大（{info.Length / 1048576.0:0.0} MB，上限 {limits.MaxFileBytes / 1048576} MB）", $"file too large ({info.Length} bytes, limit {limits.MaxFileBytes})");
        }
        return Read(name, File.ReadAllBytes(path), limits);
    }

    public static SourceText Read(string name, byte[] bytes, ImportLimits? limits = null)
    {
        limits ??= new ImportLimits();
        if (bytes.Length == 0)
        {
            throw new ImportException(name, "empty", "文件为空", "the file is empty");
        }
        if (bytes.Length > limits.MaxFileBytes)
        {
            throw new ImportException(name, "too-large", "文件过大", "file too large");
        }
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (IsCompoundFile(bytes))
        {
            if (ContainsUtf16(bytes, "EncryptedPackage"))
            {
                throw new ImportException(name, "encrypted", "文件设置了打开密码（已加密），请取消密码后再导入", "the document is password-protected (encrypted)");
            }
            throw new ImportException(name, "legacy-doc", "这是旧版Word（.doc）格式，请另存为.docx后再导入", "legacy Word (.doc) format; save it as .docx");
        }
        return ext switch
        {
            ".docx" => ReadDocx(name, bytes, limits),
            ".txt" or "" => ReadText(name, DecodeText(name, bytes, out var enc), limits) with { Encoding = enc },
            ".html" or ".htm" => ReadHtml(name, HtmlSource.Decode(name, bytes, out var htmlEnc), limits) with { Encoding = htmlEnc },
            _ => throw new ImportException(name, "unsupported", $"不支持的文件类型“{ext}”（支持 .docx、.txt、.html）", $"unsupported file type '{ext}' (.docx, .txt and .html are supported)"),
        };
    }

    /// <summary>Pasted text.</summary>
    public static SourceText ReadPasted(string text, string name = "粘贴文本")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException(name, "empty", "文本为空", "the text is empty");
        }
        return ReadText(name, text, new ImportLimits());
    }

    private static SourceText ReadText(string name, string text, ImportLimits limits)
    {
        if (HtmlSource.LooksLikeHtml(text))
        {
            // Text that still carries the page's markup (copied from a site's source) is read as the page shows it.
            return ReadHtml(name, text, limits) with { Format = "txt-html" };
        }
        var paras = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => new SourceParagraph(l)).Take(limits.MaxParagraphs + 1).ToList();
        if (paras.Count > limits.MaxParagraphs)
        {
            throw new ImportException(name, "too-long", $"文本超过{limits.MaxParagraphs}段", $"more than {limits.MaxParagraphs} paragraphs");
        }
        if (paras.All(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            throw new ImportException(name, "empty", "文件没有文字内容", "the file has no text");
        }
        return new SourceText(name, paras, "txt");
    }

    private static SourceText ReadHtml(string name, string html, ImportLimits limits)
    {
        var paras = HtmlSource.Lines(html);
        if (paras.Count > limits.MaxParagraphs)
        {
            throw new ImportException(name, "too-long", $"网页超过{limits.MaxParagraphs}段", $"more than {limits.MaxParagraphs} paragraphs");
        }
        if (paras.Count == 0)
        {
            throw new ImportException(name, "empty", "网页没有文字内容", "the page has no text");
        }
        return new SourceText(name, paras, "html");
    }

    /// <summary>UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (which covers GBK and GB2312); binary is refused.</summary>
    internal static string DecodeText(string name, byte[] bytes, out string encoding)
    {
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            encoding = "UTF-16LE";
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
            encoding = "UTF-16BE";
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
                encoding = "UTF-8";
            }
            catch (DecoderFallbackException)
            {
                text = System.Text.Encoding.GetEncoding("GB18030").GetString(bytes);
                encoding = "GB18030";
            }
        }
        if (RepairMojibake(text) is { } repaired)
        {
            text = repaired;
            encoding = "UTF-8 (repaired: it had been read as Windows-1252 and saved again)";
        }
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        var replacement = text.Count(c => c == '\uFFFD');
        if (text.Contains('\0') || control + replacement > Math.Max(8, text.Length / 50))
        {
            throw new ImportException(name, "binary", "不是文本文件（含有大量不可显示的字符）", "not a text file (binary content)");
        }
        return text;
    }

    /// <summary>
    /// Text that went through a wrong decoding once (UTF-8 read as Windows-1252 and saved again: 文件 becomes æ–‡ä»¶), as
    /// exports of old sites sometimes do. When the text holds no Chinese character but many such pairs — a lead byte
    /// À–ô followed by a continuation character — and its Windows-1252 bytes are valid UTF-8 that holds Chinese, the
    /// repaired text is returned; otherwise null (the text is read as it is).
    /// </summary>
    internal static string? RepairMojibake(string text)
    {
        if (text.Any(ChineseTextHan) || MojibakePair().Count(text) < 8)
        {
            return null;
        }
        try
        {
            var bytes = Windows1252.GetBytes(text);
            var repaired = new UTF8Encoding(false, true).GetString(bytes);
            return repaired.Count(ChineseTextHan) >= 4 ? repaired : null;
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool ChineseTextHan(char c) => GovOpen.Core.Text.ChineseText.IsHan(c);

    // Strict: a character Windows-1252 cannot write means the text was not made by that mistake.
    private static Encoding Windows1252 => field ??= Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    [System.Text.RegularExpressions.GeneratedRegex(@"[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]")]
    private static partial System.Text.RegularExpressions.Regex MojibakePair();

    private static SourceText ReadDocx(string name, byte[] bytes, ImportLimits limits)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            throw new ImportException(name, "not-zip", "不是有效的.docx文件（不是ZIP格式）", "not a valid .docx (not a ZIP archive)");
        }
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
            {
                long total = 0;
                foreach (var e in zip.Entries)
                {
                    total += e.Length;
                    if (e.CompressedLength > 0 && e.Length / (double)e.CompressedLength > limits.MaxCompressionRatio && e.Length > 1024 * 1024)
                    {
                        throw new ImportException(name, "zip-bomb", $"文件解压比例异常（{e.FullName}），疑似压缩炸弹", $"suspicious compression ratio in {e.FullName} (zip bomb)");
                    }
                }
                if (total > limits.MaxUncompressedBytes)
                {
                    throw new ImportException(name, "zip-bomb", $"文件解压后过大（{total / 1048576} MB），疑似压缩炸弹", $"uncompressed size {total} bytes exceeds the limit (zip bomb)");
                }
                if (zip.GetEntry("word/document.xml") is null)
                {
                    throw new ImportException(name, "not-docx", "ZIP文件中没有Word正文（word/document.xml），不是.docx文件", "the ZIP has no word/document.xml; not a .docx");
                }
            }
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new ImportException(name, "corrupt", "文件结构已损坏（找不到Word正文部件）", "the package structure is corrupt (no main document part)");
            var paras = new List<SourceParagraph>();
            foreach (var p in body.Descendants<Paragraph>())
            {
                if (paras.Count > limits.MaxParagraphs)
                {
                    throw new ImportException(name, "too-long", $"文档超过{limits.MaxParagraphs}段", $"more than {limits.MaxParagraphs} paragraphs");
                }
                paras.Add(new SourceParagraph(ParagraphText(p), p.Ancestors<TableCell>().Any()));
            }
            if (paras.All(p => string.IsNullOrWhiteSpace(p.Text)))
            {
                throw new ImportException(name, "empty", "文档没有文字内容", "the document has no text");
            }
            return new SourceText(name, paras, "docx");
        }
        catch (ImportException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            throw new ImportException(name, "corrupt", $"文件已损坏，无法读取（{e.GetType().Name}）", $"the document is corrupt ({e.Message})");
        }
    }

    /// <summary>Text of a paragraph: runs, tabs and breaks; footnote and endnote reference marks are left out.</summary>
    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var el in p.Descendants())
        {
            switch (el)
            {
                case Text t when !t.Ancestors<FootnoteReference>().Any():
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break:
                    sb.Append('\n');
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool IsCompoundFile(byte[] b) => b.Length >= 8 && b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0 && b[4] == 0xA1 && b[5] == 0xB1 && b[6] == 0x1A && b[7] == 0xE1;

    private static bool ContainsUtf16(byte[] haystack, string needle)
    {
        var n = System.Text.Encoding.Unicode.GetBytes(needle);
        return haystack.AsSpan().IndexOf(n) >= 0;
    }
}
