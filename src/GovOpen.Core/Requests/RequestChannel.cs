namespace GovOpen.Core.Requests;

/// <summary>How a request arrived (条例 art. 31 fixes the receipt date per channel).</summary>
public enum RequestChannel
{
    /// <summary>当面提交: the day it is handed in.</summary>
    InPerson,
    /// <summary>挂号信等需签收的邮件: the day it is signed for.</summary>
    RegisteredPost,
    /// <summary>平常信函: the day the office confirms with the applicant.</summary>
    Letter,
    /// <summary>互联网: the day both sides confirm.</summary>
    Online,
    /// <summary>传真: the day both sides confirm.</summary>
    Fax,
}
