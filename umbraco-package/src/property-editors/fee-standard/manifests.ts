import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('feeStandard', 'icon-coins', () => import('./fee-standard.element.js'));
