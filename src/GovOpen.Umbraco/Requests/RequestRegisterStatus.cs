namespace GovOpen.Umbraco.Requests;

/// <summary>
/// Whether the 依申请公开 register can be used on this server. A register whose database is unreachable or
/// misconfigured pauses that module (its endpoints answer 503 with the reason, the dashboard and a health check
/// say why); it never stops Umbraco from starting.
/// </summary>
public sealed class RequestRegisterStatus
{
    private volatile string? _problem = "依申请公开登记库尚未初始化 (the request register has not been initialised yet)";

    /// <summary>Null when the register works; otherwise why it does not.</summary>
    public string? Problem => _problem;

    public bool Available => _problem is null;

    internal void Ready() => _problem = null;

    internal void Failed(string reason) => _problem = reason;
}
