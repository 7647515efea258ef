import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('interpretationForm', 'icon-chat', () => import('./interpretation-form.element.js'));
