import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('policyCategory', 'icon-tag', () => import('./policy-category.element.js'));
