namespace GovOpen.Core.Documents;

/// <summary>The shape of a 发文字号.</summary>
public enum DocumentNumberKind
{
    /// <summary>Ordinary 公文: <c>机关代字〔年份〕序号号</c> (GB/T 9704-2012 §7.2.4).</summary>
    Document,
    /// <summary>Decree of a 规章 or 行政法规: <c>…令第N号</c> or <c>…令YYYY年第N号</c>.</summary>
    Decree,
    /// <summary>Announcement numbered with 第: <c>…公告〔YYYY〕第N号</c> (an official deviation from GB/T 9704).</summary>
    Announcement,
}
