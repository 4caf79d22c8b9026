import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.ts';
import { textInput } from './text-input.ts';

const input = (text: string) => textInput(text);

// A tables-only report (no cover, no titled year): the year must come from the
// "（2026年度）" line under a table title, not from a year a cell mentions in
// passing, even when that cell's line starts with a digit-led project code.
const TABLES_ONLY = [
  '预算01表 收支总表',
  '金额单位：万元',
  '项目\t预算数\t项目\t预算数',
  '一、一般公共预算拨款收入\t44,156.64\t一、一般公共服务支出\t37,644.20',
  '',
  '预算12表 项目支出绩效目标表',
  '（2026年度）',
  '11000022T0000004935 部门预算编制管理服务\t46.32\t印制《2027年预算编制指南》，供各部门参考。',
].join('\n');

// One line states the issuing department and the money unit: "部门： | X | 单位：万元".
const ISSUER_AND_UNIT = [
  '公开 02 表：收入预算总表',
  '部门：\t江苏省人民检察院\t单位：万元',
  '项目名称\t金额',
  '收入总计\t21,955.35',
  '其他收入\t14.39',
].join('\n');

describe('report metadata', () => {
  it('takes the fiscal year from a （YYYY年度） line before a year mentioned inside a cell', () => {
    const report = extractText(input(TABLES_ONLY));
    expect(report.meta.year).toBe(2026);
    expect(report.meta.kind).toBe('budget');
  });

  it('reads issuer and money unit from one "部门： X 单位：万元" line, keeping it out of the header', () => {
    const report = extractText(input(ISSUER_AND_UNIT));
    const [table] = report.tables;
    expect(table?.unit).toBe('万元');
    expect(report.meta.unit).toBe('江苏省人民检察院');
    expect(table?.headerRows.flat()).not.toContain('单位：万元');
    expect(table?.rows.map((r) => [r.name, r.cells.map((c) => c.value.printed)])).toEqual([
      ['收入总计', ['21,955.35']],
      ['其他收入', ['14.39']],
    ]);
  });
});
