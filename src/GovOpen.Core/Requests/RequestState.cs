namespace GovOpen.Core.Requests;

public enum RequestState
{
    Received,           // 已登记
    AwaitingCorrection, // 待补正
    InProgress,         // 办理中
    Consulting,         // 征求意见中（计时暂停）
    AwaitingFee,        // 待缴费
    Answered,           // 已答复
    Closed,             // 已终止
    Withdrawn,          // 已撤回
    Archived,           // 已归档
}
