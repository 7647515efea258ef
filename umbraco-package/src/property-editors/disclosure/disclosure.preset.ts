import type { UmbPropertyValuePreset } from '@umbraco-cms/backoffice/property';
import { DISCLOSURE_DEFAULT, type DisclosureValue } from './disclosure.rules.js';

/**
 * A new document starts as 主动公开 (条例 art. 5: disclosure is the rule, the exceptions need a ground), stored in the
 * scaffold like any typed value: 17.1 runs `propertyValuePreset`s for the properties of a new document
 * (dist-cms/packages/content/content/workspace/content-detail-workspace-base.js, UmbPropertyValuePresetVariantBuilderController)
 * and only for values that are still undefined (property-value-preset-builder.controller.js).
 */
export class GovDisclosureValuePreset implements UmbPropertyValuePreset<DisclosureValue> {
	async processValue(value: DisclosureValue | undefined) {
		return value ?? { ...DISCLOSURE_DEFAULT };
	}
	destroy() {}
}

export { GovDisclosureValuePreset as api };
