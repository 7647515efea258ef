import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('standardCatalogue', 'icon-list', () => import('./standard-catalogue.element.js'));
