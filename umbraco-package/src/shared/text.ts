// Text as GovOpen.Core sees it. The editors' rule ports decide "is this field filled in?" the way Core's rules do
// (string.IsNullOrWhiteSpace, string.Trim): .NET's white space is not JavaScript's — JavaScript's trim() also removes
// U+FEFF (a byte-order mark, which .NET keeps as text) and keeps U+0085 (NEXT LINE, which .NET removes). Checked
// against Core's answers in test/generated/rule-cases.json.

/** .NET's char.IsWhiteSpace: JavaScript's \s without U+FEFF, plus U+0085. */
const DOTNET_SPACE = '(?:(?!\\uFEFF)[\\s\\u0085])';
const LEADING = new RegExp(`^${DOTNET_SPACE}+`, 'u');
const TRAILING = new RegExp(`${DOTNET_SPACE}+$`, 'u');
const BLANK = new RegExp(`^${DOTNET_SPACE}*$`, 'u');

/** Core's string.IsNullOrWhiteSpace. */
export const isBlank = (value: string | null | undefined): boolean => value == null || BLANK.test(value);

/** Core's string.Trim(). */
export const dotnetTrim = (value: string): string => value.replace(LEADING, '').replace(TRAILING, '');
