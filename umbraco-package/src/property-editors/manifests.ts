// Every GovOpen property editor: one folder each, in the order of EDITOR_ALIASES (the server's 15 data editors).
import { manifests as documentNumber } from './document-number/manifests.js';
import { manifests as topic } from './topic/manifests.js';
import { manifests as genre } from './genre/manifests.js';
import { manifests as policyCategory } from './policy-category/manifests.js';
import { manifests as disclosure } from './disclosure/manifests.js';
import { manifests as validity } from './validity/manifests.js';
import { manifests as interpretationLink } from './interpretation-link/manifests.js';
import { manifests as interpretationForm } from './interpretation-form/manifests.js';
import { manifests as feeCategory } from './fee-category/manifests.js';
import { manifests as feeStandard } from './fee-standard/manifests.js';
import { manifests as meetingAgenda } from './meeting-agenda/manifests.js';
import { manifests as graphicImages } from './graphic-images/manifests.js';
import { manifests as questionsAndAnswers } from './questions-and-answers/manifests.js';
import { manifests as standardCatalogue } from './standard-catalogue/manifests.js';
import { manifests as decisionCatalogue } from './decision-catalogue/manifests.js';

export const manifests: UmbExtensionManifest[] = [
	...documentNumber,
	...topic,
	...genre,
	...policyCategory,
	...disclosure,
	...validity,
	...interpretationLink,
	...interpretationForm,
	...feeCategory,
	...feeStandard,
	...meetingAgenda,
	...graphicImages,
	...questionsAndAnswers,
	...standardCatalogue,
	...decisionCatalogue,
];
