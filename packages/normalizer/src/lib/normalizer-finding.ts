import type { Finding, FindingPlace } from '@budgetdoc/schema';

/** Codes of the findings the normalizer emits. */
export type NormalizerFindingCode =
  | 'SECTION_UNKNOWN'
  | 'SECTION_FUZZY_MATCH'
  | 'TABLE_UNKNOWN'
  | 'TABLE_FUZZY_MATCH'
  | 'TABLE_KEY_FROM_FORM_NUMBER'
  | 'TABLE_KEY_FROM_CONTENT'
  | 'TABLE_DUPLICATE_KEY'
  | 'COLUMN_UNKNOWN'
  | 'COLUMN_FUZZY_MATCH'
  | 'OCR_SLIP'
  | 'CODE_SHAPE'
  | 'CODE_SCHEME_MISMATCH'
  | 'CODE_PARENT_MISSING'
  | 'CODE_UNKNOWN'
  | 'CODE_NAME_MISMATCH'
  | 'NAME_FUZZY_MATCH'
  | 'NAME_UNMATCHED';

/** Optional parts of a finding. */
export interface FindingExtras {
  readonly score?: number;
  readonly expected?: string;
  readonly actual?: string;
  readonly evidence?: Record<string, unknown>;
}

/**
 * Build a finding with `source: 'normalizer'`, dropping undefined place fields
 * (the schema's optional fields are exact).
 * @param code stable finding code
 * @param severity error / warning / info
 * @param message one sentence for humans
 * @param where location (table id, row, column, page, line)
 * @param extras score, evidence…
 * @returns a schema Finding
 * @example normalizerFinding('SECTION_UNKNOWN', 'info', 'heading matches no section key', { line: 12 })
 */
export function normalizerFinding(code: NormalizerFindingCode, severity: Finding['severity'], message: string, where: { [K in keyof FindingPlace]?: FindingPlace[K] | undefined }, extras: FindingExtras = {}): Finding {
  const place: FindingPlace = {};
  for (const [name, value] of Object.entries(where)) if (value !== undefined) (place as Record<string, unknown>)[name] = value;
  const finding: Finding = { code, severity, source: 'normalizer', message, where: place };
  if (extras.score !== undefined) finding.score = extras.score;
  if (extras.expected !== undefined) finding.expected = extras.expected;
  if (extras.actual !== undefined) finding.actual = extras.actual;
  if (extras.evidence !== undefined) finding.evidence = extras.evidence;
  return finding;
}
