namespace GovOpen.Requests;

/// <summary>
/// The receipt of a submission: the 申请编号, the 查询码 (only its hash is stored; a retry with the same client token
/// gets the same code again), the day received (art. 31) and the day an answer is due (art. 33: 20 working days).
/// </summary>
public sealed record RequestReceipt(string Number, string? QueryCode, bool Duplicate, DateOnly ReceivedOn, DateOnly? ReplyDue = null, bool ReplyDueProvisional = false);
