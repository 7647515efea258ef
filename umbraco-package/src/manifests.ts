// The GovOpen bundle (registered by public/umbraco-package.json): the concatenation of each feature's manifests.
// Export it ONCE and export nothing else: the 17.1 bundle loader registers every exported array and every exported
// object of this module (node_modules/@umbraco-cms/backoffice/dist-cms/libs/extension-api/initializers/
// bundle-extension-initializer.js, `Object.keys(js).forEach(...) registerMany`), so a second export (e.g. `default`)
// registers every manifest twice ("Extension with alias … is already registered", extension.registry.js).
import { manifests as entryPoint } from './shared/manifests.js';
import { manifests as propertyEditors } from './property-editors/manifests.js';
import { manifests as workspace } from './workspace/manifests.js';
import { manifests as dashboard } from './dashboard/manifests.js';
import { manifests as requests } from './requests/manifests.js';
import { manifests as importFromFile } from './import/manifests.js';
import { manifests as consultation } from './consultation/manifests.js';
import { manifests as localization } from './localization/manifests.js';

export const manifests: UmbExtensionManifest[] = [...entryPoint, ...propertyEditors, ...workspace, ...dashboard, ...requests, ...importFromFile, ...consultation, ...localization];
