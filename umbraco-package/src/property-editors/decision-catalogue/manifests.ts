import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('decisionCatalogue', 'icon-list', () => import('./decision-catalogue.element.js'));
