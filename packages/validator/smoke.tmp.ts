import { validateReport } from './src/index.ts';
import { buildReport } from './test/fixtures/build-report.ts';
import { s000Table03, s000Table05, s000Table06, s003Table4 } from './test/fixtures/corpus-tables.ts';
const r = validateReport(buildReport({ tables: [s000Table05(), s000Table03(), s000Table06()] }));
for (const f of r.findings) console.log(f.code, JSON.stringify(f.where), f.expected, f.actual, f.message);
const b = validateReport(buildReport({ tables: [s003Table4()], kind: 'budget' }));
for (const f of b.findings) console.log(f.code, JSON.stringify(f.where), f.expected, f.actual, f.message, JSON.stringify(f.evidence?.alsoBreaks));
