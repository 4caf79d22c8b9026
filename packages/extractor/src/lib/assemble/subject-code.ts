/**
 * True for a printed subject code: function codes 3/5/7 digits, economic
 * codes 3/5 digits, possibly printed with spaces between 类/款/项 parts.
 * @example isSubjectCode('2101101') // true
 * @example isSubjectCode('945.84') // false
 */
export function isSubjectCode(text: string): boolean {
  return /^\d{3}(?:\s?\d{2}){0,2}$/.test(text.trim());
}

/**
 * The code as a researcher wants it: parts joined, spaces removed.
 * @example joinCode('210 11 01') // '2101101'
 */
export function joinCode(text: string): string {
  return text.replace(/\s+/g, '');
}
