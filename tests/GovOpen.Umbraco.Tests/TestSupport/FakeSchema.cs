using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace GovOpen.Umbraco.Tests;

/// <summary>In-memory stand-ins for the services the installer uses (schema, folders, user groups, key-value store).</summary>
internal sealed class FakeSchema
{
    public Dictionary<Guid, IDataType> DataTypes { get; } = new();
    public Dictionary<string, IContentType> ContentTypes { get; } = new();
    public Dictionary<Guid, EntityContainer> DocumentTypeFolders { get; } = new();
    public Dictionary<Guid, EntityContainer> DataTypeFolders { get; } = new();
    public Dictionary<string, IUserGroup> UserGroups { get; } = new();
    public Dictionary<string, string> KeyValues { get; } = new();
    private int _nextFolderId = 2000;
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
        var editors = new DataEditorCollection(() => Umb.Editors());
        return new ContentModelInstaller(dts.Object, cts.Object, Folders<IContentTypeContainerService, IContentType>(DocumentTypeFolders, Constants.ObjectTypes.DocumentType).Object,
            Folders<IDataTypeContainerService, IDataType>(DataTypeFolders, Constants.ObjectTypes.DataType).Object, Groups().Object, KeyValueStore().Object, editors, Umb.Serializer, Umb.ShortStrings,
            Options.Create(options ?? new GovOpenOptions { AgencyName = "示例市人民政府" }), NullLogger<ContentModelInstaller>.Instance);
    }

    /// <summary>A container service over real <see cref="EntityContainer"/>s, answering as EntityTypeContainerService does (DuplicateKey, DuplicateName).</summary>
    private Mock<T> Folders<T, TEntity>(Dictionary<Guid, EntityContainer> store, Guid containedType)
        where T : class, IEntityTypeContainerService<TEntity>
        where TEntity : ITreeEntity
    {
        var m = new Mock<T>();
        m.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid k) => store.GetValueOrDefault(k));
        m.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<int>())).ReturnsAsync((string n, int l) => store.Values.Where(c => c.Name == n && c.Level == l).ToList());
        m.Setup(s => s.CreateAsync(It.IsAny<Guid?>(), It.IsAny<string>(), It.IsAny<Guid?>(), It.IsAny<Guid>())).ReturnsAsync((Guid? k, string n, Guid? p, Guid _) =>
        {
            var status = k is { } key && store.ContainsKey(key) ? EntityContainerOperationStatus.DuplicateKey
                : store.Values.Any(c => c.Name == n) ? EntityContainerOperationStatus.DuplicateName
                : EntityContainerOperationStatus.Success;
            if (status != EntityContainerOperationStatus.Success)
            {
                return Attempt.FailWithStatus<EntityContainer?, EntityContainerOperationStatus>(status, null);
            }
            var id = _nextFolderId++;
            var c = new EntityContainer(id, k ?? Guid.NewGuid(), Constants.System.Root, "-1," + id, 1, 0, containedType, n, -1);
            store[c.Key] = c;
            Creates++;
            return Attempt.SucceedWithStatus<EntityContainer?, EntityContainerOperationStatus>(status, c);
        });
        return m;
    }

    private Mock<IUserGroupService> Groups()
    {
        var m = new Mock<IUserGroupService>();
        m.Setup(s => s.GetAsync(It.IsAny<string>())).ReturnsAsync((string a) => UserGroups.GetValueOrDefault(a));
        m.Setup(s => s.CreateAsync(It.IsAny<IUserGroup>(), It.IsAny<Guid>(), It.IsAny<Guid[]?>())).ReturnsAsync((IUserGroup g, Guid _, Guid[]? _) =>
        {
            if (UserGroups.ContainsKey(g.Alias))
            {
                return Attempt.FailWithStatus(UserGroupOperationStatus.DuplicateAlias, g);
            }
            UserGroups[g.Alias] = g;
            Creates++;
            return Attempt.SucceedWithStatus(UserGroupOperationStatus.Success, g);
        });
        return m;
    }

    private Mock<IKeyValueService> KeyValueStore()
    {
        var m = new Mock<IKeyValueService>();
        m.Setup(s => s.GetValue(It.IsAny<string>())).Returns((string k) => KeyValues.GetValueOrDefault(k));
        m.Setup(s => s.SetValue(It.IsAny<string>(), It.IsAny<string>())).Callback((string k, string v) => KeyValues[k] = v);
        return m;
    }
}
