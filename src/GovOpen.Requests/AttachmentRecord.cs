namespace GovOpen.Requests;

public sealed class AttachmentRecord
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
}
