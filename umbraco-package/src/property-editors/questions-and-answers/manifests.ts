import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests = propertyEditorManifests('questionsAndAnswers', 'icon-chat', () => import('./questions-and-answers.element.js'));
