import { manifests as documentNumber } from './document-number/manifests.js';
import { manifests as disclosure } from './disclosure/manifests.js';
import { manifests as validity } from './validity/manifests.js';
import { manifests as interpretationLink } from './interpretation-link/manifests.js';
import { manifests as feeStandard } from './fee-standard/manifests.js';
import { manifests as meetingAgenda } from './meeting-agenda/manifests.js';

export const manifests: UmbExtensionManifest[] = [...documentNumber, ...disclosure, ...validity, ...interpretationLink, ...feeStandard, ...meetingAgenda];
