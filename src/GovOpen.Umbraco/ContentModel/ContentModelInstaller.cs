using System.Text.Json;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// Installs the GovOpen content model (Core's <see cref="ContentModelDefinition"/>) step by step
/// (<see cref="ContentModelPlan"/>), without migrations (not available in Umbraco.Cms.Core). Completed steps are
/// recorded in Umbraco's key-value store under <see cref="StepsKey"/> and never run again: a property or an allowed
/// child an administrator removed is never put back, and an existing property's data type is never changed. What
/// already exists (matched by key or alias) is adopted unchanged. Already-exists answers of Umbraco's services are not
/// errors, so a concurrent run is harmless.
/// </summary>
public sealed class ContentModelInstaller(
    IDataTypeService dataTypes,
    IContentTypeService contentTypes,
    IContentTypeContainerService contentTypeFolders,
    IDataTypeContainerService dataTypeFolders,
    IUserGroupService userGroups,
    IKeyValueService keyValues,
    DataEditorCollection editors,
    IConfigurationEditorJsonSerializer serializer,
    IShortStringHelper shortStrings,
    IOptions<GovOpenOptions> options,
    ILogger<ContentModelInstaller> log)
{
    /// <summary>Key-value store key holding the JSON array of completed step ids.</summary>
    public const string StepsKey = "GovOpen.ContentModel.Steps";

    private static readonly Guid User = Constants.Security.SuperUserKey;

    /// <summary>The ids of the steps recorded as completed.</summary>
    public IReadOnlyList<string> CompletedSteps()
    {
        var json = keyValues.GetValue(StepsKey);
        return string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }

    public async Task<InstallReport> InstallAsync(IReadOnlyList<InstallStep>? plan = null)
    {
        var run = new Run(CompletedSteps());
        foreach (var step in plan ?? ContentModelPlan.Steps)
        {
            if (run.Done.Contains(step.Id))
            {
                continue;
            }
            var before = run.Done.Count;
            if (await RunStep(step, run))
            {
                run.Complete(step.Id);
            }
            if (run.Done.Count != before)
            {
                keyValues.SetValue(StepsKey, JsonSerializer.Serialize(run.Order));
            }
        }

        foreach (var s in run.Skipped)
        {
            log.LogWarning("GovOpen content model: skipped {Item}", s);
        }
        if (run.Created.Count + run.Updated.Count > 0)
        {
            log.LogInformation("GovOpen content model: created {Created}; updated {Updated}", string.Join(", ", run.Created), string.Join(", ", run.Updated));
        }
        return new InstallReport(run.Created, run.Updated.Distinct().ToList(), run.Skipped);
    }

    private sealed class Run(IReadOnlyList<string> done)
    {
        public List<string> Order { get; } = [.. done];
        public HashSet<string> Done { get; } = [.. done];
        public List<string> Created { get; } = [];
        public List<string> Updated { get; } = [];
        public List<string> Skipped { get; } = [];

        public void Complete(string id)
        {
            if (Done.Add(id))
            {
                Order.Add(id);
            }
        }
    }

    private Task<bool> RunStep(InstallStep step, Run run) => step switch
    {
        FolderStep f => Folder(f, run),
        DataTypeStep d => DataType(d.Definition, run),
        DocumentTypeStep d => DocumentType(d.Definition, run),
        PropertyStep p => Property(p, run),
        AllowedChildStep a => AllowedChild(a, run),
        UserGroupStep u => UserGroup(u, run),
        _ => throw new InvalidOperationException($"Unknown install step {step}"),
    };

    // ---- folders ---------------------------------------------------------------------------------

    private async Task<bool> Folder(FolderStep step, Run run)
    {
        var key = step.ForDataTypes ? ContentModelDefinition.DataTypeFolderKey : ContentModelDefinition.DocumentTypeFolderKey;
        if (await FolderId(step.ForDataTypes) is not null)
        {
            return true;
        }
        var result = step.ForDataTypes
            ? await dataTypeFolders.CreateAsync(key, ContentModelDefinition.FolderName, null, User)
            : await contentTypeFolders.CreateAsync(key, ContentModelDefinition.FolderName, null, User);
        if (result.Success)
        {
            run.Created.Add($"container:{(step.ForDataTypes ? "dataTypes" : "documentTypes")}");
            return true;
        }
        // Another server created it, or an administrator already has a folder of that name (used as ours).
        if (result.Status is EntityContainerOperationStatus.DuplicateKey or EntityContainerOperationStatus.DuplicateName)
        {
            return true;
        }
        run.Skipped.Add($"{step.Id} ({result.Status})");
        return false;
    }

    /// <summary>The id of our folder (by key, else a root folder named 政务公开), or null.</summary>
    private async Task<int?> FolderId(bool forDataTypes)
    {
        var key = forDataTypes ? ContentModelDefinition.DataTypeFolderKey : ContentModelDefinition.DocumentTypeFolderKey;
        var byKey = forDataTypes ? await dataTypeFolders.GetAsync(key) : await contentTypeFolders.GetAsync(key);
        if (byKey is not null)
        {
            return byKey.Id;
        }
        var byName = forDataTypes
            ? await dataTypeFolders.GetAsync(ContentModelDefinition.FolderName, 1)
            : await contentTypeFolders.GetAsync(ContentModelDefinition.FolderName, 1);
        return byName.FirstOrDefault()?.Id;
    }

    // ---- data types ------------------------------------------------------------------------------

    private async Task<bool> DataType(DataTypeDefinition def, Run run)
    {
        if (await dataTypes.GetAsync(def.Key) is not null)
        {
            return true;
        }
        var editor = editors.FirstOrDefault(e => e.Alias == def.EditorAlias);
        if (editor is null)
        {
            run.Skipped.Add($"dataType:{def.EditorAlias} (editor not registered)");
            return false;
        }
        var dt = new DataType(editor, serializer, await FolderId(forDataTypes: true) ?? Constants.System.Root)
        {
            Key = def.Key,
            Name = def.Name,
            EditorUiAlias = def.EditorUiAlias,
            DatabaseType = editor.GetValueEditor().ValueType == ValueTypes.Json ? ValueStorageType.Ntext : ValueStorageType.Nvarchar,
        };
        var result = await dataTypes.CreateAsync(dt, User);
        if (result.Success)
        {
            run.Created.Add($"dataType:{def.EditorAlias}");
            return true;
        }
        if (await dataTypes.GetAsync(def.Key) is not null)
        {
            return true; // created concurrently
        }
        run.Skipped.Add($"dataType:{def.EditorAlias} ({result.Status})");
        return false;
    }

    // ---- document types --------------------------------------------------------------------------

    private bool ModuleOn(string? module)
    {
        var modules = options.Value.Modules;
        return module switch
        {
            ContentModelDefinition.Modules.Meetings => modules.Meetings,
            ContentModelDefinition.Modules.Fees => modules.Fees,
            ContentModelDefinition.Modules.Consultations => modules.Consultations,
            _ => true,
        };
    }

    private static DocumentTypeDefinition? Definition(string alias) => ContentModelDefinition.DocumentTypes.FirstOrDefault(d => d.Alias == alias);

    private async Task<bool> DocumentType(DocumentTypeDefinition def, Run run)
    {
        if (!ModuleOn(def.Module))
        {
            return false; // installed when the module is switched on
        }
        if (contentTypes.Get(def.Alias) is { } existing)
        {
            Adopt(existing, def, run);
            return true;
        }
        var ct = new ContentType(shortStrings, await FolderId(forDataTypes: false) ?? Constants.System.Root)
        {
            Key = def.Key,
            Alias = def.Alias,
            Name = def.Name,
            Icon = def.Icon,
            AllowedAsRoot = def.AllowedAsRoot,
        };
        if (def.ListView)
        {
            ct.ListView = Constants.DataTypes.Guids.ListViewContentGuid;
        }
        var added = new List<PropertyDefinition>();
        foreach (var p in def.Properties)
        {
            if (await AddProperty(ct, p, run))
            {
                added.Add(p);
            }
        }
        var result = await contentTypes.CreateAsync(ct, User);
        if (result.Success)
        {
            run.Created.Add($"documentType:{def.Alias}");
            run.Complete(new DocumentTypeStep(def).Id); // recorded before its properties, in plan order
            foreach (var p in added)
            {
                run.Complete(new PropertyStep(def.Alias, p).Id);
            }
            return true;
        }
        if (contentTypes.Get(def.Alias) is { } concurrent)
        {
            Adopt(concurrent, def, run);
            return true;
        }
        run.Skipped.Add($"documentType:{def.Alias} ({result.Result})");
        return false;
    }

    /// <summary>
    /// A document type that exists before its step ran (an install of an earlier GovOpen, or another server) is taken
    /// as it is: its property steps and the allowed children it can already have are recorded without changing it.
    /// </summary>
    private void Adopt(IContentType existing, DocumentTypeDefinition def, Run run)
    {
        run.Complete(new DocumentTypeStep(def).Id);
        foreach (var p in def.Properties)
        {
            run.Complete(new PropertyStep(def.Alias, p).Id);
        }
        foreach (var child in def.AllowedChildren.Where(c => contentTypes.Get(c) is not null))
        {
            run.Complete(new AllowedChildStep(def.Alias, child).Id);
        }
    }

    private async Task<bool> Property(PropertyStep step, Run run)
    {
        if (contentTypes.Get(step.DocumentType) is not { } ct)
        {
            return false; // the type is not installed (module off, or its creation failed)
        }
        if (ct.PropertyTypeExists(step.Property.Alias))
        {
            return true;
        }
        if (!await AddProperty(ct, step.Property, run))
        {
            return false;
        }
        var result = await contentTypes.UpdateAsync(ct, User);
        if (result.Success)
        {
            run.Updated.Add($"documentType:{step.DocumentType}");
            return true;
        }
        run.Skipped.Add($"{step.Id} ({result.Result})");
        return false;
    }

    private async Task<bool> AllowedChild(AllowedChildStep step, Run run)
    {
        if (contentTypes.Get(step.Parent) is not { } parent || contentTypes.Get(step.Child) is not { } child)
        {
            return false; // linked once both exist
        }
        var allowed = parent.AllowedContentTypes?.ToList() ?? [];
        if (allowed.Any(a => a.Key == child.Key))
        {
            return true;
        }
        allowed.Add(new ContentTypeSort(child.Key, allowed.Count, child.Alias));
        parent.AllowedContentTypes = allowed;
        var result = await contentTypes.UpdateAsync(parent, User);
        if (result.Success)
        {
            run.Updated.Add($"documentType:{step.Parent}");
            return true;
        }
        run.Skipped.Add($"{step.Id} ({result.Result})");
        return false;
    }

    private async Task<bool> AddProperty(IContentType ct, PropertyDefinition p, Run run)
    {
        var dataType = await dataTypes.GetAsync(p.DataTypeKey);
        if (dataType is null)
        {
            run.Skipped.Add($"property:{ct.Alias}.{p.Alias} (data type {p.DataTypeKey} missing)");
            return false;
        }
        var pt = new PropertyType(shortStrings, dataType, p.Alias)
        {
            Name = p.Name,
            Mandatory = p.Mandatory,
            Description = p.Description,
        };
        var group = ContentModelDefinition.Groups.First(g => g.Alias == p.Group);
        return ct.AddPropertyType(pt, group.Alias, group.Name);
    }

    // ---- user group -----------------------------------------------------------------

    private async Task<bool> UserGroup(UserGroupStep step, Run run)
    {
        if (await userGroups.GetAsync(step.Alias) is not null)
        {
            return true;
        }
        var group = new UserGroup(shortStrings) { Alias = step.Alias, Name = step.Name, Icon = "icon-users" };
        group.AddAllowedSection(Constants.Applications.Content);
        var result = await userGroups.CreateAsync(group, User);
        if (result.Success)
        {
            run.Created.Add(step.Id);
            return true;
        }
        if (result.Status is UserGroupOperationStatus.DuplicateAlias or UserGroupOperationStatus.AlreadyExists)
        {
            return true; // created concurrently
        }
        run.Skipped.Add($"{step.Id} ({result.Status})");
        return false;
    }
}
