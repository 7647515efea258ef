using GovOpen.Core.Content;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// One step of the content-model install plan, with a stable id. A step that completed is recorded in Umbraco's
/// key-value store and never runs again; a step that could not run yet (its module is off, a data type or a
/// parent is missing) is not recorded and is tried at the next start.
/// </summary>
public abstract record InstallStep(string Id);

/// <summary>Creates the 政务公开 folder for document types or for data types.</summary>
public sealed record FolderStep(string Id, bool ForDataTypes) : InstallStep(Id);

/// <summary>Creates a GovOpen data type (in the 政务公开 folder).</summary>
public sealed record DataTypeStep(DataTypeDefinition Definition) : InstallStep("dataType:" + Definition.EditorAlias);

/// <summary>Creates a document type with its properties (in the 政务公开 folder); an existing one is adopted unchanged.</summary>
public sealed record DocumentTypeStep(DocumentTypeDefinition Definition) : InstallStep("documentType:" + Definition.Alias);

/// <summary>Adds one property to a document type that exists (a property added in a later version, or one skipped earlier).</summary>
public sealed record PropertyStep(string DocumentType, PropertyDefinition Property) : InstallStep($"property:{DocumentType}.{Property.Alias}");

/// <summary>Allows one document type below another, once both exist.</summary>
public sealed record AllowedChildStep(string Parent, string Child) : InstallStep($"allowedChild:{Parent}/{Child}");

/// <summary>Creates the user group of the 依申请公开 register.</summary>
public sealed record UserGroupStep(string Alias, string Name) : InstallStep("userGroup:" + Alias);
