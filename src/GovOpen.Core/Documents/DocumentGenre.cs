namespace GovOpen.Core.Documents;

/// <summary>
/// 文种: the 15 kinds of 公文 of 《党政机关公文处理工作条例》 (中办发〔2012〕14号), plus 其他 for
/// non-公文 items (plans, catalogues) published in the 政策文件 column.
/// </summary>
public enum DocumentGenre
{
    Resolution,   // 决议
    Decision,     // 决定
    Order,        // 命令（令）
    Communique,   // 公报
    Announcement, // 公告
    Notice,       // 通告
    Opinion,      // 意见
    Circular,     // 通知
    Bulletin,     // 通报
    Report,       // 报告
    Request,      // 请示
    Reply,        // 批复
    Motion,       // 议案
    Letter,       // 函
    Minutes,      // 纪要
    Other,        // 其他
}
