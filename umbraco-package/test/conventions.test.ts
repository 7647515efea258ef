import { describe, expect, it } from 'vitest';

// GovOpen's client uses Umbraco's and UUI's own controls, and keeps what was typed or chosen in bound state
// (from the controls' input/change events), never reading it back from the DOM.
const sources = import.meta.glob(['../src/**/*.ts', '!../src/generated/**'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('client conventions', () => {
	it('no element renders a native select, input or textarea (uui-select, uui-input, uui-textarea, uui-file-dropzone … instead)', () => {
		expect(Object.keys(sources).length).toBeGreaterThan(30);
		for (const [file, text] of Object.entries(sources)) expect(text, file).not.toMatch(/<(select|input|textarea|option|optgroup)[\s>]/);
	});

	it('no element reads form values through querySelector (the only use moves focus after reordering a list)', () => {
		const users = Object.entries(sources).filter(([, text]) => /querySelector/.test(text));
		expect(users.map(([file]) => file)).toEqual(['../src/shared/list-editing.ts']);
		expect(users[0][1].match(/querySelector[^\n]*/g)!.every((line) => line.endsWith('?.focus());'))).toBe(true);
	});
});
