// The GovOpen bundle (registered by public/umbraco-package.json): the concatenation of each feature's manifests.
import { manifests as entryPoint } from './shared/manifests.js';
import { manifests as propertyEditors } from './property-editors/manifests.js';
import { manifests as workspace } from './workspace/manifests.js';
import { manifests as dashboard } from './dashboard/manifests.js';
import { manifests as requests } from './requests/manifests.js';
import { manifests as importFromFile } from './import/manifests.js';
import { manifests as localization } from './localization/manifests.js';

export const manifests: UmbExtensionManifest[] = [...entryPoint, ...propertyEditors, ...workspace, ...dashboard, ...requests, ...importFromFile, ...localization];

export default manifests;
