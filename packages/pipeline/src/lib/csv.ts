/**
 * RFC 4180 CSV field quoting.
 * @example csvLine(['a', 'b,c']) // 'a,"b,c"'
 */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields.map((field) => {
    const text = String(field);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }).join(',');
}
