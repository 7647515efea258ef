import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('graphicImages', 'icon-picture', () => import('./graphic-images.element.js'));
