using GovOpen.Core;
using Microsoft.AspNetCore.Http;

namespace GovOpen.Umbraco.Api;

/// <summary>An upload read into memory, or the issue that refused it.</summary>
internal static class Uploads
{
    /// <summary>The largest 公文 file accepted (the request limit adds room for the form's other fields).</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The request size limit of an upload endpoint.</summary>
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;

    public static async Task<((string Name, byte[] Bytes)? Upload, Issue? Refusal)> ReadAsync(IFormFile? file, long maxBytes = MaxBytes)
    {
        if (file is null || file.Length == 0)
        {
            return (null, Issue.Error("file", "required", "请选择要导入的文件", "No file was uploaded."));
        }
        if (file.Length > maxBytes)
        {
            return (null, Issue.Error("file", "too-large", $"{file.FileName}：文件过大（上限{maxBytes / 1048576} MB）", $"{file.FileName}: file too large (limit {maxBytes / 1048576} MB)."));
        }
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        return ((Path.GetFileName(file.FileName), ms.ToArray()), null);
    }
}
