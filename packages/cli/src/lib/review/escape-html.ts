/**
 * Escape text for HTML element content and double-quoted attribute values.
 * Every string that comes from a report (titles, cell text, file names) goes
 * through here: reports are scraped from the web and may contain markup.
 * @param text raw text
 * @returns text safe inside elements and `"…"` attributes
 * @example escapeHtml('<b>"1"&</b>') // '&lt;b&gt;&quot;1&quot;&amp;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
