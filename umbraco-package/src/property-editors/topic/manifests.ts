import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('topic', 'icon-folders', () => import('./topic.element.js'));
