using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Requests;

/// <summary>获取信息的方式 an applicant asks for (条例第二十九条).</summary>
public enum InformationForm
{
    Electronic,
    Paper,
    Disc,
}

/// <summary>获取信息的途径 an applicant asks for (条例第二十九条).</summary>
public enum DeliveryMethod
{
    Online,
    Post,
    InPerson,
    Fax,
}

/// <summary>
/// The vocabularies of an application's 获取信息的方式 and 途径: the aliases stored in the register, the names the
/// form shows, in the form's order. One table for the store's check, the site's form and the client's copy.
/// </summary>
public static class RequestChoices
{
    public static Vocabulary<InformationForm> Forms { get; } = new("informationForm", "preferredForm",
    [
        new(InformationForm.Electronic, "electronic", "电子文档", "Electronic document"),
        new(InformationForm.Paper, "paper", "纸质文本", "Paper copy"),
        new(InformationForm.Disc, "disc", "光盘", "Disc"),
    ]);

    public static Vocabulary<DeliveryMethod> Deliveries { get; } = new("deliveryMethod", "delivery",
    [
        new(DeliveryMethod.Online, "online", "网络（电子邮件）", "Online (e-mail)"),
        new(DeliveryMethod.Post, "post", "邮寄", "By post"),
        new(DeliveryMethod.InPerson, "in-person", "当面领取", "Collected in person"),
        new(DeliveryMethod.Fax, "fax", "传真", "By fax"),
    ]);
}
