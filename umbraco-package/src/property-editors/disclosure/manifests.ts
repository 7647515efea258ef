import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('disclosure', 'icon-lock', () => import('./disclosure.element.js'));
