import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('meetingAgenda', 'icon-bulleted-list', () => import('./meeting-agenda.element.js'));
