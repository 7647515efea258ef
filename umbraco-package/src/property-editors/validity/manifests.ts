import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('validity', 'icon-timer', () => import('./validity.element.js'));
