using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace GovOpen.Umbraco.Tests;

/// <summary>In-memory stand-ins for the three services the installer uses.</summary>
internal sealed class FakeSchema
{
    public Dictionary<Guid, IDataType> DataTypes { get; } = new();
    public Dictionary<string, IContentType> ContentTypes { get; } = new();
    public List<IRelationType> RelationTypes { get; } = [];
    public int Creates;
    public int Updates;

    public FakeSchema(bool withBuiltIns = true)
    {
        if (withBuiltIns)
        {
            foreach (var (k, v) in Umb.DataTypes().Where(d => GovContentModel.DataTypes.All(g => g.Key != d.Key)))
            {
                DataTypes[k] = v;
            }
        }
    }

    public ContentModelInstaller Installer(GovOpenOptions? options = null)
    {
        var dts = new Mock<IDataTypeService>();
        dts.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid k) => DataTypes.GetValueOrDefault(k));
        dts.Setup(s => s.CreateAsync(It.IsAny<IDataType>(), It.IsAny<Guid>())).ReturnsAsync((IDataType d, Guid _) =>
        {
            DataTypes[d.Key] = d;
            Creates++;
            return Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, d);
        });
        var cts = new Mock<IContentTypeService>();
        cts.Setup(s => s.Get(It.IsAny<string>())).Returns((string a) => ContentTypes.GetValueOrDefault(a));
        cts.Setup(s => s.CreateAsync(It.IsAny<IContentType>(), It.IsAny<Guid>())).ReturnsAsync((IContentType c, Guid _) =>
        {
            ContentTypes[c.Alias] = c;
            Creates++;
            return Attempt.Succeed(ContentTypeOperationStatus.Success);
        });
        cts.Setup(s => s.UpdateAsync(It.IsAny<IContentType>(), It.IsAny<Guid>())).ReturnsAsync((IContentType c, Guid _) =>
        {
            Updates++;
            return Attempt.Succeed(ContentTypeOperationStatus.Success);
        });
        var rel = new Mock<IRelationService>();
        rel.Setup(s => s.GetRelationTypeByAlias(It.IsAny<string>())).Returns((string a) => RelationTypes.FirstOrDefault(r => r.Alias == a));
        rel.Setup(s => s.Save(It.IsAny<IRelationType>())).Callback((IRelationType r) => RelationTypes.Add(r));
        var editors = new DataEditorCollection(() => Umb.Editors());
        return new ContentModelInstaller(dts.Object, cts.Object, rel.Object, editors, Umb.Serializer, Umb.ShortStrings,
            Options.Create(options ?? new GovOpenOptions { AgencyName = "示例市人民政府" }), NullLogger<ContentModelInstaller>.Instance);
    }
}
