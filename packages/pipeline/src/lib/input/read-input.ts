import { open, stat } from 'node:fs/promises';
import { InputError } from './input-error.ts';
import { resolveLimits, type InputLimits } from './input-limits.ts';
import { prepareInput, tooLarge, type PreparedInput } from './prepare-input.ts';

/**
 * Read one input file safely: `stat` first so that missing files, directories,
 * devices and oversize files are refused without reading a byte, then read
 * and sniff by content.
 * @param path file to read
 * @param limits size limits (defaults: see `DEFAULT_INPUT_LIMITS`)
 * @returns the input kind with its bytes, and decoded text for text inputs
 * @throws InputError with a stable code (INPUT_NOT_FOUND, INPUT_UNREADABLE, INPUT_TOO_LARGE, …)
 * @example const input = await readInput('corpus/a.pdf')
 */
export async function readInput(path: string, limits: Partial<InputLimits> = {}): Promise<PreparedInput> {
  const max = resolveLimits(limits);
  return prepareInput(await readBytes(path, max.maxBytes), max);
}

/**
 * The bytes of a regular file no larger than `maxBytes`.
 * @throws InputError INPUT_NOT_FOUND, INPUT_UNSUPPORTED_TYPE (not a regular file), INPUT_TOO_LARGE, INPUT_UNREADABLE
 * @example await readBytes('a.txt', 1024)
 */
export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => {
    throw fsError(error, path);
  });
  if (info.isDirectory()) throw new InputError('INPUT_UNSUPPORTED_TYPE', 'read', 'path is a directory, not a file');
  // Devices and FIFOs (/dev/zero, pipes) would never end or block: regular files only.
  if (!info.isFile()) throw new InputError('INPUT_UNSUPPORTED_TYPE', 'read', 'path is not a regular file (device, pipe or socket)');
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw fsError(error, path);
  });
  try {
    // Read at most maxBytes + 1: a file that grew after stat is still refused without loading it all.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw tooLarge(filled, maxBytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (error) {
    throw error instanceof InputError ? error : fsError(error, path);
  } finally {
    await handle.close();
  }
}

/**
 * Map a Node fs error to an InputError.
 * @example fsError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.txt').code // 'INPUT_NOT_FOUND'
 */
export function fsError(error: unknown, path: string): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('INPUT_NOT_FOUND', 'read', `file not found: ${path}`, { cause: error });
  if (code === 'EISDIR') return new InputError('INPUT_UNSUPPORTED_TYPE', 'read', 'path is a directory, not a file', { cause: error });
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : typeof code === 'string' ? code : 'read failed';
  return new InputError('INPUT_UNREADABLE', 'read', `file cannot be read (${reason})`, { cause: error });
}
