namespace GovOpen.Requests;

/// <summary>
/// The seam through which any intake channel registers a 政府信息公开申请: the site's own form, a clerk keying in a
/// letter, or an Umbraco Forms workflow (see docs/requests.md). <see cref="RequestStore"/> implements it.
/// </summary>
public interface IRequestIntake
{
    /// <summary>Registers the request (idempotent by <see cref="RequestSubmission.ClientToken"/>) and returns the receipt.</summary>
    Task<RequestReceipt> RegisterAsync(RequestSubmission submission, CancellationToken ct = default);
}
