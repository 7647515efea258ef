import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('documentNumber', 'icon-document', () => import('./document-number.element.js'));
