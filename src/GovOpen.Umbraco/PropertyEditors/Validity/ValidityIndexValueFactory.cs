using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// Indexes the validity state label on the indexing day of the agency's clock (its configured zone) — 现行有效… ;
/// 现行有效 when nothing is recorded.
/// </summary>
public sealed class ValidityIndexValueFactory(AgencyClock clock) : TextIndexValueFactory
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Terms(string raw)
    {
        var state = ValidityCodec.Read(UmbracoContentAdapter.ToJson(PropertyAliases.Validity, raw), ReadContext.Quiet()).ShownOn(clock.Today);
        return [state.Name(), state.Alias()];
    }
}
