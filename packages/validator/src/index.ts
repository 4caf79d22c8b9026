export { validateReport } from './lib/validate-report.ts';
