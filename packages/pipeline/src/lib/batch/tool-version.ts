import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '@budgetdoc/schema';

const pipelinePackage = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Version of the tool recorded in the run state: a re-run redoes every input
 * processed by another version. Bump `packages/pipeline/package.json` when
 * extraction changes; during development use `--force`.
 * @example TOOL_VERSION // '0.1.0'
 */
export const TOOL_VERSION: string = pipelinePackage.version;

/** Version of the output contract recorded in the run state. */
export { SCHEMA_VERSION };
