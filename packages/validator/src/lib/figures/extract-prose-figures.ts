import type { Paragraph, Provenance, Section } from '@budgetdoc/schema';
import { AMOUNT_RULES, COUNT_RULES, STAGE_RULES, SUBJECT_RULES } from './figure-labels.ts';
import { parsePrintedNumber } from './parse-printed-number.ts';
import type { ProseFigure } from './prose-figure.ts';
import { CHAIN, CHANGE, CLASS_ONLY, CODE_IN_LABEL, COMPLETION, EXECUTION, GENERIC_GUARD, ITEM_AMOUNT, LEVEL, LEVEL_IN_LABEL, SCORE, SHARE, SHARE_OF, TOKEN, cleanLabel, splitSentences } from './prose-patterns.ts';

/** Paragraph-level state: the subject stated last and the figures read so far. */
interface Scan {
  subject: { key: string; name: string | null; chain: string[] | null } | null;
  lastGroup: ProseFigure[];
  lastCountKey: string | null;
  readonly seenCounts: Set<string>;
  readonly prov: Provenance;
}

/**
 * Read key figures from prose paragraphs: totals and their changes, shares,
 * per-item 年初预算/决算/完成率 sentences with their （类）（款）（项） chains, 三公
 * amounts and counts, staff numbers, procurement totals and self-evaluation
 * scores. Each figure keeps the sentence it came from and the paragraph's
 * provenance. Subjects stay as printed names here; the caller resolves codes.
 * @param paragraphs the report's paragraphs
 * @returns prose figures in reading order
 * @example extractProseFigures([{ section: 0, text: '2023年度本年收入合计945.84万元', prov }])[0].key // 'income_total'
 */
export function extractProseFigures(paragraphs: readonly Paragraph[], sections: readonly Section[] = []): ProseFigure[] {
  const figures: ProseFigure[] = [];
  let sentenceId = 0;
  for (const paragraph of paragraphs) {
    const scan: Scan = { subject: null, lastGroup: [], lastCountKey: null, seenCounts: new Set(), prov: paragraph.prov };
    const start = figures.length;
    for (const sentence of splitSentences(paragraph.text)) {
      sentenceId += 1;
      readSentence(sentence, sentenceId, paragraph.prov, scan, figures);
    }
    const sectionKey = nearestSectionKey(sections, paragraph.section);
    for (const figure of figures.slice(start)) figure.sectionKey = sectionKey;
  }
  return figures;
}

// Sub-headings ("（一）人员经费") often carry no key; the nearest keyed heading above sets the context.
function nearestSectionKey(sections: readonly Section[], index: number | null): string | null {
  for (let i = index ?? -1; i >= 0; i -= 1) {
    const key = sections[i]?.key;
    if (key) return key;
  }
  return null;
}

function readSentence(sentence: string, sentenceId: number, prov: Provenance, scan: Scan, out: ProseFigure[]): void {
  const make = (key: string, value: string, unit: string, printed: string, subject: string | null): ProseFigure => {
    const figure: ProseFigure = { key, value, unit, printed, subject, sentence, prov, sentenceId };
    if (key.startsWith('item.') && scan.subject?.chain && scan.subject.name === subject) figure.chain = scan.subject.chain;
    return figure;
  };
  let previousEnd = 0;
  // A （类）（款）（项） chain names the subject of this and the following sentences.
  const compact = sentence.replace(/\s+/g, '');
  const firstNumber = compact.search(/\d+(?:\.\d+)?(?:万元|元|%)/);
  const head = firstNumber >= 0 ? compact.slice(0, firstNumber) : compact;
  const chainHere = CHAIN.exec(head);
  if (chainHere) scan.subject = { key: 'item', name: cleanLabel(chainHere[3] ?? ''), chain: [chainHere[1] ?? '', chainHere[2] ?? '', chainHere[3] ?? ''].map((s) => cleanLabel(s)) };
  else {
    // A partial chain ("①行政单位医疗（项）。") names the subject by its last level.
    const levels = [...head.matchAll(LEVEL)];
    const last = levels[levels.length - 1];
    if (last) scan.subject = { key: 'item', name: cleanLabel(last[1] ?? ''), chain: null };
  }
  for (const match of sentence.matchAll(TOKEN)) {
    const [whole, printedNumber = '', unit = ''] = match;
    const start = match.index ?? 0;
    const rawLabel = sentence.slice(previousEnd, start);
    previousEnd = start + whole.length;
    const label = cleanLabel(rawLabel);
    const value = parsePrintedNumber(printedNumber);
    const printed = whole.trim();
    if (unit === '%' || unit === '％') {
      readPercent(label, value, printed, scan, make, out);
      continue;
    }
    if (/元$/.test(unit)) {
      readAmount(label, value, unit, printed, scan, make, out);
      continue;
    }
    readCount(label, value, unit, printed, scan, make, out);
  }
  for (const score of sentence.matchAll(SCORE)) {
    const key = /整体/.test(sentence) ? 'performance.overall.score' : 'performance.project.score';
    out.push(make(key, parsePrintedNumber(score[1] ?? '0'), '分', score[0], scan.subject?.name ?? null));
  }
}

type Make = (key: string, value: string, unit: string, printed: string, subject: string | null) => ProseFigure;

function readAmount(label: string, value: string, unit: string, printed: string, scan: Scan, make: Make, out: ProseFigure[]): void {
  const change = CHANGE.exec(label);
  if (change) {
    const negative = change[2] === '减少' || change[2] === '下降' || change[2] === '降低';
    const targets = changeTargets(label.slice(0, change.index), scan, out);
    const group: ProseFigure[] = [];
    for (const current of targets) {
      const figure = make(`${current.key}.change`, negative && value !== '0' ? `-${value}` : value, unit, printed, current.subject);
      figure.current = current;
      group.push(figure);
    }
    out.push(...group);
    scan.lastGroup = group;
    return;
  }
  for (const rule of STAGE_RULES) {
    const stage = rule.pattern.exec(label);
    if (!stage) continue;
    const subject = subjectOf(label.slice(0, stage.index), scan);
    if (!subject) break;
    const figure = make(`${subject.key}.${rule.stage}`, value, unit, printed, subject.name);
    out.push(figure);
    scan.lastGroup = [figure];
    return;
  }
  // An amount stated right after a subject (检察（款）：预算支出合计 x) is the subject's.
  if (scan.subject?.key === 'item' && ITEM_AMOUNT.test(label) && LEVEL_IN_LABEL.test(label)) {
    const figure = make('item.amount', value, unit, printed, scan.subject.name);
    figure.marked = true;
    out.push(figure);
    scan.lastGroup = [figure];
    return;
  }
  // "涉及资金 x" (funds a project or evaluation involves) names no total.
  if (/涉及/.test(label)) return;
  for (const rule of AMOUNT_RULES) {
    if (!rule.pattern.test(label)) continue;
    // "财政拨款收入总计" is the 04 table's total, not the 01 table's.
    const appropriation = /财政拨款(?:收入|收支)?(?:支出)?(?:总计|收入总计|支出总计)|财政拨款收入总计/.test(label);
    if (rule.generic && !appropriation && GENERIC_GUARD.test(label)) continue;
    const group = rule.keys.map((key) => make(appropriation && key.startsWith('grand_') ? `appropriation.${key}` : key, value, unit, printed, null));
    out.push(...group);
    scan.lastGroup = group;
    const first = rule.keys[0] as string;
    scan.subject = { key: first, name: null, chain: null };
    return;
  }
  const named = itemName(label, scan);
  if (named) {
    const figure = make('item.amount', value, unit, printed, named);
    figure.marked = CODE_IN_LABEL.test(label) || CLASS_ONLY.test(label) || LEVEL_IN_LABEL.test(label);
    out.push(figure);
    scan.lastGroup = [figure];
  }
}

function itemName(label: string, scan: Scan): string | null {
  const code = CODE_IN_LABEL.exec(label);
  if (code) return code[2] ?? null;
  const cls = CLASS_ONLY.exec(label);
  if (cls) return cleanLabel(cls[1] ?? '');
  if (scan.subject?.chain && /[（(]项[）)]$/.test(label)) return scan.subject.name;
  // A plain subject name ("基本工资101.31万元") is kept only when it looks like
  // one: short, no verbs of comparison, ending in a typical subject word.
  if (label.length >= 2 && label.length <= 24 && /(支出|费|金|资|贴|补助|经费|工资|保险|缴费|救助|事务|运行|医疗|奖金|福利)$/.test(label) && !/[较比与，,的：:]/.test(label)) {
    return label.replace(/^\d{4}年度?/, '');
  }
  return null;
}

function subjectOf(before: string, scan: Scan): { key: string; name: string | null } | null {
  const text = before
    .replace(/^\d{4}年度?/, '')
    .replace(/[，,、：:]+$/, '')
    .replace(/[（(](?:类|款|项)[）)]$/, '')
    .replace(/^[①-⑳]|^\d+[.、．]/, '');
  if (text === '') return scan.subject ? { key: scan.subject.key, name: scan.subject.name } : null;
  for (const rule of SUBJECT_RULES) {
    if (!rule.pattern.test(text)) continue;
    const name = rule.subject === 'performance.project' ? text.replace(/项目(?:绩效)?自评(?:综述)?$/, '').replace(/^\d+[.、．]/, '') : null;
    scan.subject = { key: rule.subject, name, chain: null };
    return { key: rule.subject, name };
  }
  for (const rule of AMOUNT_RULES) {
    if (!rule.pattern.test(text)) continue;
    const key = rule.keys[0] as string;
    scan.subject = { key, name: null, chain: null };
    return { key, name: null };
  }
  const name = itemName(text, scan) ?? (text.length <= 24 ? text : null);
  if (!name) return scan.subject ? { key: scan.subject.key, name: scan.subject.name } : null;
  scan.subject = { key: 'item', name, chain: null };
  return { key: 'item', name };
}

function changeTargets(before: string, scan: Scan, out: readonly ProseFigure[]): ProseFigure[] {
  const text = before
    .replace(/^(?:与上年(?:度)?相比|较上年(?:度)?|比上年(?:度)?)[，,]?/, '')
    .replace(/(?:与|较|比)上年(?:度)?(?:决算数|预算数)?(?:相比)?[，,]?$/, '');
  const lastOf = (key: string) => [...out].reverse().find((f) => f.key === key || f.key === `appropriation.${key}`);
  if (text) {
    for (const rule of AMOUNT_RULES) {
      if (!rule.pattern.test(text)) continue;
      const found = rule.keys.map(lastOf).filter((f): f is ProseFigure => f !== undefined);
      if (found.length > 0) return found;
    }
    for (const rule of SUBJECT_RULES) {
      if (!rule.pattern.test(text)) continue;
      const found = lastOf(`${rule.subject}.final`) ?? lastOf(`${rule.subject}.expenditure`);
      if (found) return [found];
    }
  }
  return scan.lastGroup.filter((f) => !f.key.endsWith('.change'));
}

function readPercent(label: string, value: string, printed: string, scan: Scan, make: Make, out: ProseFigure[]): void {
  if (CHANGE.test(label)) {
    const negative = /下降|减少|降低/.test(label);
    const changes = scan.lastGroup.filter((f) => f.key.endsWith('.change'));
    const group: ProseFigure[] = [];
    for (const change of changes) {
      const figure = make(`${change.key}_pct`, negative && value !== '0' ? `-${value}` : value, '%', printed, change.subject);
      figure.change = change;
      if (change.current) figure.current = change.current;
      group.push(figure);
    }
    out.push(...group);
    return;
  }
  if (COMPLETION.test(label) || EXECUTION.test(label)) {
    const subject = scan.subject;
    if (!subject) return;
    const key = subject.key;
    const figure = make(`${key}.${COMPLETION.test(label) ? 'completion_rate' : 'execution_rate'}`, value, '%', printed, subject.name);
    // Only figures of the same paragraph describe the same subject.
    const near = (k: string) => [...out].reverse().find((f) => f.key === k && f.prov === scan.prov && f.subject === subject.name);
    const final = near(`${key}.final`) ?? near(key);
    const budget = near(`${key}.initial_budget`) ?? near(`${key}.budget`);
    if (final) figure.final = final;
    if (budget) figure.budget = budget;
    out.push(figure);
    return;
  }
  const shareOf = SHARE.test(label) ? null : SHARE_OF.exec(label);
  if (SHARE.test(label) || shareOf) {
    for (const part of scan.lastGroup) {
      const figure = make(`${part.key}.share`, value, '%', printed, part.subject);
      figure.part = part;
      const whole = shareOf?.[1];
      if (whole && /本年支出合计|支出总额|支出合计/.test(whole) && !/采购|项目支出总额/.test(whole)) figure.base = { tableFigure: 'expenditure_total' };
      else if (!whole) {
        const base = shareBase(part, out);
        if (base) figure.base = base;
      }
      out.push(figure);
    }
  }
}

// The whole a bare "占 x%" refers to: the total stated before the part.
function shareBase(part: ProseFigure, out: readonly ProseFigure[]): ProseFigure | undefined {
  const bases = part.key.startsWith('income.')
    ? ['income_total']
    : part.key === 'basic_expenditure' || part.key === 'project_expenditure' || part.key.startsWith('expenditure.')
      ? ['expenditure_total']
      : part.key === 'item.amount'
        ? ['general_budget.expenditure', 'general_budget.final', 'appropriation.expenditure', 'expenditure_total']
        : [];
  const index = out.indexOf(part);
  for (let i = index - 1; i >= 0; i -= 1) {
    const f = out[i];
    if (f && bases.includes(f.key)) return f;
  }
  return undefined;
}

function readCount(label: string, value: string, unit: string, printed: string, scan: Scan, make: Make, out: ProseFigure[]): void {
  let key: string | null = null;
  for (const rule of COUNT_RULES) {
    if (rule.pattern.test(label) && rule.unit.test(unit)) {
      key = rule.key;
      break;
    }
  }
  if (!key && unit === '人' && scan.lastCountKey?.startsWith('staff.') && /(行政|事业|参公|工勤)$/.test(label)) {
    const base = scan.lastCountKey.replace(/\.(administrative|public_institution|civil_service_managed|worker)$/, '');
    const kind = /行政$/.test(label) ? 'administrative' : /参公$/.test(label) ? 'civil_service_managed' : /工勤$/.test(label) ? 'worker' : 'public_institution';
    key = `${base}.${kind}`;
  }
  if (!key && unit === '人次' && scan.lastCountKey && /(batches|groups)$/.test(scan.lastCountKey)) key = scan.lastCountKey.replace(/(batches|groups)$/, 'people');
  if (!key) return;
  scan.lastCountKey = key;
  if (scan.seenCounts.has(key)) return;
  scan.seenCounts.add(key);
  out.push(make(key, value, unit, printed, null));
}
