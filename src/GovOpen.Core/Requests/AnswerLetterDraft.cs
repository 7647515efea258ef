namespace GovOpen.Core.Requests;

/// <summary>A drafted 政府信息公开申请答复告知书 (or 补正/延期/终止 notice).</summary>
public sealed record AnswerLetterDraft(string Title, string Basis, string Body);
