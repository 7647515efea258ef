import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('feeCategory', 'icon-coin', () => import('./fee-category.element.js'));
