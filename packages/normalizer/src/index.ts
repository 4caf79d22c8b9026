export { normalizeReport } from './lib/normalize-report.ts';
