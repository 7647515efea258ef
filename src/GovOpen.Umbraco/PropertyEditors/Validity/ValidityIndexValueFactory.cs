using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Indexes the validity state label on the indexing day (现行有效…; 现行有效 when nothing is recorded).</summary>
public sealed class ValidityIndexValueFactory : TextIndexValueFactory
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Terms(string raw)
    {
        // Data editors are not built by DI, so the agency clock here is the default zone's (China Standard Time).
        var state = ValidityCodec.Read(UmbracoContentAdapter.ToJson(PropertyAliases.Validity, raw), ReadContext.Quiet()).ShownOn(AgencyClock.System.Today);
        return [state.Name(), state.Alias()];
    }
}
