import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('interpretationLink', 'icon-link', () => import('./interpretation-link.element.js'));
