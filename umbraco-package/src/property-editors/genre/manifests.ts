import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('genre', 'icon-document-dashed-line', () => import('./genre.element.js'));
