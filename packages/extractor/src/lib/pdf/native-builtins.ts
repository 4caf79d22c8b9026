/**
 * The legacy build of pdf.js bundles core-js, which on Node 20 replaces
 * built-ins process-wide with slower JavaScript versions:
 *
 * - `Array.prototype.push` (V8 ≤ 12.1 does not throw on arrays with a
 *   non-writable length; the polyfill reads the length property descriptor on
 *   every push, 4–20× slower, and pdf.js, our layout code and zod push a lot);
 * - `JSON.stringify` (Node 20 has no `JSON.rawJSON`; the polyfill passes
 *   every key through a replacer, ~15× slower for a report);
 * - `JSON.parse` (with a reviver the polyfill parses in JavaScript to hand
 *   the reviver the source text; without one it costs a wrapper call).
 *
 * None of those edge cases (frozen array lengths, raw JSON, reviver source
 * text) occurs in pdf.js or here. This module is imported before pdf.js (see
 * pdfjs-adapter.ts), keeps the engine's own functions, and
 * {@link restoreNativeBuiltins} puts them back once pdf.js and its worker
 * module are loaded. Behaviour is unchanged; only speed differs.
 */
import { runInNewContext } from 'node:vm';

/** Where each guarded built-in lives, and the engine's own function captured before pdf.js loads. */
const GUARDED = [
  { name: 'Array.prototype.push', holder: Array.prototype as object, key: 'push', native: Array.prototype.push as unknown },
  { name: 'JSON.stringify', holder: JSON as object, key: 'stringify', native: JSON.stringify as unknown },
  { name: 'JSON.parse', holder: JSON as object, key: 'parse', native: JSON.parse as unknown },
] as const;

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
 * Put back the engine's built-ins where a polyfill replaced them (only
 * functions captured before pdf.js loaded and verified to be native are
 * restored).
 * @returns the names of the built-ins that were restored
 * @example restoreNativeBuiltins() // ['Array.prototype.push', 'JSON.stringify', 'JSON.parse'] after pdf.js loaded
 */
export function restoreNativeBuiltins(): string[] {
  const restored: string[] = [];
  for (const { name, holder, key, native } of GUARDED) {
    const current = (holder as Record<string, unknown>)[key];
    if (current === native || !isNative(native) || isNative(current)) continue;
    Object.defineProperty(holder, key, { value: native, writable: true, enumerable: false, configurable: true });
    restored.push(name);
  }
  return restored;
}
