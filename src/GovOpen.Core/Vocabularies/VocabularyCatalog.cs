using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Vocabularies;

/// <summary>Every value set of the domain, for generated client copies and documentation.</summary>
public static class VocabularyCatalog
{
    public static IReadOnlyList<IVocabulary> All { get; } =
    [
        DisclosureNames.Attributes,
        DisclosureNames.Grounds,
        ValidityNames.States,
        ValidityNames.Events,
        DocumentGenres.Vocabulary,
        PolicyCategories.Vocabulary,
        InterpretationForms.Vocabulary,
        InterpretationStatusNames.Kinds,
        FeeCategories.Vocabulary,
        Requests.ApplicantTypes.Vocabulary,
        Requests.IdDocumentTypes.Vocabulary,
        Requests.RequestChoices.Forms,
        Requests.RequestChoices.Deliveries,
        StandardCatalogue.Audiences,
        Consultations.DecisionCatalogue.Steps,
        Consultations.ConsultationNames.Kinds,
        Consultations.ConsultationNames.Statuses,
        Consultations.ConsultationNames.Adoptions,
    ];
}
