import { type CatalogEntry, type CodeScheme, lookupCode, schemeOfCode } from './catalog.ts';

/** Which classification a table (or side) expects its row codes in. */
export type ExpectedScheme = 'function' | 'economic' | null;

/** One problem with a code. */
export interface CodeProblem {
  readonly code: 'CODE_SHAPE' | 'CODE_SCHEME_MISMATCH' | 'CODE_UNKNOWN';
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

/** The result of {@link checkSubjectCode}. */
export interface CodeCheck {
  readonly scheme: CodeScheme | null;
  /** 1 = 类, 2 = 款, 3 = 项 (by length 3/5/7). */
  readonly level: number | null;
  /** The code minus its last two digits, or null for a class. */
  readonly parent: string | null;
  readonly known: CatalogEntry | null;
  readonly problems: readonly CodeProblem[];
}

const LEVEL_BY_LENGTH: Readonly<Record<number, number>> = { 3: 1, 5: 2, 7: 3 };

/**
 * Check a subject code's shape (3/5/7 digits for function codes, 3/5 for
 * economic ones), scheme (2xx function, 30x/31x/39x departmental economic,
 * 50x/51x/59x governmental economic) against what the table expects, and
 * whether the catalog knows it. A code missing from the catalog is reported as
 * unknown (info), never as invalid.
 * @param code printed code (split 类/款/项 already joined)
 * @param expected scheme the table or side expects, null if any
 * @returns scheme, level, parent, catalog entry and problems
 * @example checkSubjectCode('2101101', 'function').parent // '21011'
 */
export function checkSubjectCode(code: string, expected: ExpectedScheme): CodeCheck {
  const problems: CodeProblem[] = [];
  if (!/^\d+$/.test(code)) {
    problems.push({ code: 'CODE_SHAPE', severity: 'warning', message: `code "${code}" is not all digits` });
    return { scheme: null, level: null, parent: null, known: null, problems };
  }
  const scheme = schemeOfCode(code);
  const level = LEVEL_BY_LENGTH[code.length] ?? null;
  const parent = code.length > 3 ? code.slice(0, -2) : null;
  if (scheme === null) problems.push({ code: 'CODE_SHAPE', severity: 'warning', message: `code ${code} belongs to no expenditure classification (2xx, 30x/31x/39x, 50x/51x/59x)` });
  else if (level === null || (scheme !== 'function' && level === 3)) {
    const lengths = scheme === 'function' ? '3, 5 or 7' : '3 or 5';
    problems.push({ code: 'CODE_SHAPE', severity: scheme !== 'function' && code.length === 7 ? 'info' : 'warning', message: `${scheme} code ${code} has ${code.length} digits, expected ${lengths}` });
  }
  if (scheme !== null && expected !== null && (expected === 'function') !== (scheme === 'function')) {
    problems.push({ code: 'CODE_SCHEME_MISMATCH', severity: 'warning', message: `${scheme} code ${code} in a table of ${expected} classification codes` });
  }
  const known = lookupCode(code);
  if (!known && scheme !== null) problems.push({ code: 'CODE_UNKNOWN', severity: 'info', message: `code ${code} is not in the reference catalog nor seen in the corpus (unknown, not invalid)` });
  return { scheme, level, parent, known, problems };
}
