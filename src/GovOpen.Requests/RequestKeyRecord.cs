namespace GovOpen.Requests;

/// <summary>
/// A secret of the register, created on first use and shared by every server (e.g. the key that derives a
/// submission's 查询码 from its client token, so a retried submission gets the same code back).
/// </summary>
public sealed class RequestKeyRecord
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
