/**
 * The legacy build of pdf.js bundles core-js, which on Node 20 replaces two
 * built-ins process-wide with much slower JavaScript versions:
 *
 * - `Array.prototype.push` (V8 ≤ 12.1 does not throw on arrays with a
 *   non-writable length; the polyfill reads the length property descriptor on
 *   every push, 4–20× slower, and pdf.js, our layout code and zod push a lot);
 * - `JSON.stringify` (Node 20 has no `JSON.rawJSON`; the polyfill passes
 *   every key through a replacer, ~15× slower for a report).
 *
 * Neither edge case (frozen array lengths, raw JSON) occurs in pdf.js or here.
 * This module is imported before pdf.js (see pdfjs-adapter.ts), keeps the
 * engine's own functions, and {@link restoreNativeBuiltins} puts them back
 * once pdf.js and its worker module are loaded. Behaviour is unchanged; only
 * speed differs.
 */
import { runInNewContext } from 'node:vm';

const captured = { push: Array.prototype.push, stringify: JSON.stringify };

/** Function.prototype.toString of a fresh realm: core-js also patches this realm's to make polyfills look native. */
const realmToString = runInNewContext('Function.prototype.toString') as (this: unknown) => string;

function isNative(fn: unknown): boolean {
  try {
    return typeof fn === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(realmToString.call(fn));
  } catch {
    return false;
  }
}

/**
 * Put back the engine's `Array.prototype.push` and `JSON.stringify` where a
 * polyfill replaced them (only functions captured before pdf.js loaded and
 * verified to be native are restored).
 * @returns the names of the built-ins that were restored
 * @example restoreNativeBuiltins() // ['Array.prototype.push', 'JSON.stringify'] after pdf.js loaded
 */
export function restoreNativeBuiltins(): string[] {
  const restored: string[] = [];
  if (Array.prototype.push !== captured.push && isNative(captured.push) && !isNative(Array.prototype.push)) {
    Object.defineProperty(Array.prototype, 'push', { value: captured.push, writable: true, enumerable: false, configurable: true });
    restored.push('Array.prototype.push');
  }
  if (JSON.stringify !== captured.stringify && isNative(captured.stringify) && !isNative(JSON.stringify)) {
    Object.defineProperty(JSON, 'stringify', { value: captured.stringify, writable: true, enumerable: false, configurable: true });
    restored.push('JSON.stringify');
  }
  return restored;
}
