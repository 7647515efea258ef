using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// Creates or completes the GovOpen content model at start — data types, document types, the interpretation
/// relation type — without migrations (not available in Core). Idempotent: what exists is matched by key or alias
/// and only completed (missing properties, missing allowed children); names, labels, descriptions, extra
/// properties and other changes editors made are never touched.
/// </summary>
public sealed class ContentModelInstaller(
    IDataTypeService dataTypes,
    IContentTypeService contentTypes,
    IRelationService relations,
    DataEditorCollection editors,
    IConfigurationEditorJsonSerializer serializer,
    IShortStringHelper shortStrings,
    IOptions<GovOpenOptions> options,
    ILogger<ContentModelInstaller> log)
{
    public async Task<InstallReport> InstallAsync()
    {
        var created = new List<string>();
        var updated = new List<string>();
        var skipped = new List<string>();
        var user = Constants.Security.SuperUserKey;

        foreach (var def in GovContentModel.DataTypes)
        {
            if (await dataTypes.GetAsync(def.Key) is not null)
            {
                continue;
            }
            var editor = editors.FirstOrDefault(e => e.Alias == def.EditorAlias);
            if (editor is null)
            {
                skipped.Add($"dataType:{def.EditorAlias} (editor not registered)");
                continue;
            }
            var dt = new DataType(editor, serializer)
            {
                Key = def.Key,
                Name = def.Name,
                EditorUiAlias = EditorAliases.UiAlias(def.EditorAlias),
                DatabaseType = editor.GetValueEditor().ValueType == ValueTypes.Json ? ValueStorageType.Ntext : ValueStorageType.Nvarchar,
            };
            var result = await dataTypes.CreateAsync(dt, user);
            (result.Success ? created : skipped).Add($"dataType:{def.EditorAlias}{(result.Success ? "" : $" ({result.Result})")}");
        }

        var modules = options.Value.Modules;
        var definitions = GovContentModel.DocumentTypes.Where(d => d.Module switch
        {
            "Meetings" => modules.Meetings,
            "Fees" => modules.Fees,
            _ => true,
        }).ToList();

        // Pass 1: create missing document types (allowed children are linked in pass 2, once all exist).
        foreach (var def in definitions)
        {
            if (contentTypes.Get(def.Alias) is not null)
            {
                continue;
            }
            var ct = new ContentType(shortStrings, -1)
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
            foreach (var p in def.Properties)
            {
                await AddProperty(ct, p, skipped);
            }
            var result = await contentTypes.CreateAsync(ct, user);
            (result.Success ? created : skipped).Add($"documentType:{def.Alias}{(result.Success ? "" : $" ({result.Result})")}");
        }

        // Pass 2: complete existing types — missing properties and allowed children only.
        foreach (var def in definitions)
        {
            var ct = contentTypes.Get(def.Alias);
            if (ct is null)
            {
                continue;
            }
            var changed = false;
            foreach (var p in def.Properties.Where(p => !ct.PropertyTypeExists(p.Alias)))
            {
                changed |= await AddProperty(ct, p, skipped);
            }
            var allowed = ct.AllowedContentTypes?.ToList() ?? [];
            foreach (var childAlias in def.AllowedChildren)
            {
                if (contentTypes.Get(childAlias) is { } child && allowed.All(x => x.Key != child.Key))
                {
                    allowed.Add(new ContentTypeSort(child.Key, allowed.Count, child.Alias));
                    changed = true;
                }
            }
            if (changed)
            {
                ct.AllowedContentTypes = allowed;
                var result = await contentTypes.UpdateAsync(ct, user);
                (result.Success ? updated : skipped).Add($"documentType:{def.Alias}{(result.Success ? "" : $" ({result.Result})")}");
            }
        }

        if (relations.GetRelationTypeByAlias(GovRelationTypes.Interpretation) is null)
        {
            relations.Save(new RelationType("政策解读关联", GovRelationTypes.Interpretation, false, Constants.ObjectTypes.Document, Constants.ObjectTypes.Document, true));
            created.Add($"relationType:{GovRelationTypes.Interpretation}");
        }

        foreach (var s in skipped)
        {
            log.LogWarning("GovOpen content model: skipped {Item}", s);
        }
        if (created.Count + updated.Count > 0)
        {
            log.LogInformation("GovOpen content model: created {Created}; updated {Updated}", string.Join(", ", created), string.Join(", ", updated));
        }
        return new InstallReport(created, updated, skipped);
    }

    private async Task<bool> AddProperty(IContentType ct, GovPropertyDefinition p, List<string> skipped)
    {
        var dataType = await dataTypes.GetAsync(p.DataTypeKey);
        if (dataType is null)
        {
            skipped.Add($"property:{ct.Alias}.{p.Alias} (data type {p.DataTypeKey} missing)");
            return false;
        }
        var pt = new PropertyType(shortStrings, dataType, p.Alias)
        {
            Name = p.Name,
            Mandatory = p.Mandatory,
            Description = p.Description,
        };
        var group = GovContentModel.Groups.First(g => g.Alias == p.Group);
        return ct.AddPropertyType(pt, group.Alias, group.Name);
    }
}
