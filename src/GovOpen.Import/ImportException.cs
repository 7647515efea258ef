using GovOpen.Core;

namespace GovOpen.Import;

/// <summary>A file that cannot be read, with the file name and the reason (zh-CN and English).</summary>
public sealed class ImportException(string file, string code, string zh, string en)
    : GovOpenException(Issue.Error("file", code, $"{file}：{zh}", $"{file}: {en}"))
{
    public string File { get; } = file;

    public string Code { get; } = code;
}
