using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Requests;

/// <summary>证件类型 of a natural-person applicant (the 身份证明 条例 art. 29 asks for).</summary>
public enum IdDocumentType
{
    ResidentIdCard,            // 居民身份证
    Passport,                  // 护照
    HongKongMacaoPermit,       // 港澳居民来往内地通行证
    TaiwanPermit,              // 台湾居民来往大陆通行证
    ForeignPermanentResidence, // 外国人永久居留身份证
    ResidencePermit,           // 港澳台居民居住证
    Other,                     // 其他
}

/// <summary>The vocabulary of 证件类型.</summary>
public static class IdDocumentTypes
{
    public static Vocabulary<IdDocumentType> Vocabulary { get; } = new("idDocumentType", "idType",
    [
        new(IdDocumentType.ResidentIdCard, "residentIdCard", "居民身份证", "Resident identity card") { Synonyms = ["身份证"] },
        new(IdDocumentType.Passport, "passport", "护照", "Passport"),
        new(IdDocumentType.HongKongMacaoPermit, "hongKongMacaoPermit", "港澳居民来往内地通行证", "Mainland travel permit for Hong Kong and Macao residents"),
        new(IdDocumentType.TaiwanPermit, "taiwanPermit", "台湾居民来往大陆通行证", "Mainland travel permit for Taiwan residents"),
        new(IdDocumentType.ForeignPermanentResidence, "foreignPermanentResidence", "外国人永久居留身份证", "Foreign permanent resident ID card"),
        new(IdDocumentType.ResidencePermit, "residencePermit", "港澳台居民居住证", "Residence permit for Hong Kong, Macao and Taiwan residents"),
        new(IdDocumentType.Other, "other", "其他证件", "Other document") { Synonyms = ["其他"] },
    ]);

    public static string Name(this IdDocumentType t) => Vocabulary.Name(t);

    public static string Alias(this IdDocumentType t) => Vocabulary.Alias(t);

    public static bool TryParse(string? value, out IdDocumentType type) => Vocabulary.TryParse(value, out type);
}
