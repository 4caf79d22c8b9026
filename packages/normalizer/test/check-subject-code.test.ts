import { describe, expect, test } from 'vitest';
import { checkSubjectCode, lookupCode, lookupName, matchRowLabel, schemeOfCode } from '../src/index.ts';

describe('checkSubjectCode', () => {
  test('should derive scheme, level and parent', () => {
    expect(checkSubjectCode('2101101', 'function')).toMatchObject({ scheme: 'function', level: 3, parent: '21011', problems: [] });
    expect(checkSubjectCode('21011', 'function')).toMatchObject({ level: 2, parent: '210' });
    expect(checkSubjectCode('30201', 'economic')).toMatchObject({ scheme: 'department', level: 2, parent: '302', problems: [] });
    expect(checkSubjectCode('50101', 'economic')).toMatchObject({ scheme: 'government', parent: '501', problems: [] });
  });

  test('should flag shape and scheme problems', () => {
    expect(checkSubjectCode('2101', 'function').problems.map((problem) => problem.code)).toEqual(['CODE_SHAPE', 'CODE_UNKNOWN']);
    expect(checkSubjectCode('3021101', 'economic').problems[0]).toMatchObject({ code: 'CODE_SHAPE', severity: 'info' });
    expect(checkSubjectCode('30201', 'function').problems.map((problem) => problem.code)).toEqual(['CODE_SCHEME_MISMATCH']);
    expect(checkSubjectCode('2101101', 'economic').problems.map((problem) => problem.code)).toEqual(['CODE_SCHEME_MISMATCH']);
    expect(checkSubjectCode('12345', null).problems.map((problem) => problem.code)).toEqual(['CODE_SHAPE']);
    expect(checkSubjectCode('2x1', null).problems.map((problem) => problem.code)).toEqual(['CODE_SHAPE']);
  });

  test('should call a code missing from the catalog unknown, not invalid', () => {
    expect(checkSubjectCode('2129999', 'function').problems).toEqual([expect.objectContaining({ code: 'CODE_UNKNOWN', severity: 'info' })]);
  });
});

describe('catalog', () => {
  test('should know reference, class and observed codes with their sources', () => {
    expect(lookupCode('2101101')?.sources).toEqual(expect.arrayContaining(['reference', 'observed']));
    expect(lookupCode('224')?.names[0]).toBe('灾害防治及应急管理支出');
    expect(lookupCode('2101550')?.sources).toEqual(['observed']);
  });

  test('should keep one name under several codes apart by scheme', () => {
    expect(lookupName('住房公积金', 'department').map((entry) => entry.code)).toEqual(['30113']);
    expect(lookupName('住房公积金', 'government').map((entry) => entry.code)).toEqual(['50103']);
    expect(lookupName('住房公积金', 'function').map((entry) => entry.code)).toEqual(['2210201']);
    expect(lookupName('对个人和家庭的补助', 'department', 3).map((entry) => entry.code)).toEqual(['303']);
    expect(lookupName('对个人和家庭的补助', 'government', 3).map((entry) => entry.code)).toEqual(['509']);
  });

  test('should accept old class names as aliases', () => {
    expect(lookupName('医疗卫生与计划生育支出', 'function', 3).map((entry) => entry.code)).toEqual(['210']);
  });

  test('should classify codes by scheme', () => {
    expect([schemeOfCode('208'), schemeOfCode('399'), schemeOfCode('599'), schemeOfCode('101')]).toEqual(['function', 'department', 'government', null]);
  });
});

describe('matchRowLabel', () => {
  test.each([
    ['八、社会保障和就业支出', 'expenditure', '208'],
    ['十、卫生健康支出', 'expenditure', '210'],
    ['二十二、灾害防治及应急管理支出', 'expenditure', '224'],
    ['(1) 工资福利支出', 'expenditure_department_economic', '301'],
    ['(3) 对个人和家庭的补助', 'expenditure_department_economic', '303'],
    ['9、对个人和家庭的补助', 'expenditure_government_economic', '509'],
    ['1、机关工资福利支出', 'expenditure_government_economic', '501'],
    ['一、一般公共预算财政拨款收入', 'income', 'general_budget'],
    ['本年收入合计', 'income', 'income_total'],
    ['使用非财政拨款结余', 'income', 'use_of_non_appropriation_balance'],
    ['年初结转和结余', 'income', 'opening_balance'],
    ['总计', 'expenditure', 'grand_total'],
  ])('should key the 01/04 row %s on side %s', (name, side, key) => {
    expect(matchRowLabel(name, 'income_expenditure_summary', side === 'income' ? null : side === 'expenditure' ? 'function' : side.endsWith('department_economic') ? 'department' : 'government', '').key).toBe(key);
  });

  test('should key the groups of 10 by their heading', () => {
    expect(matchRowLabel('合计', 'disclosure_statistics', null, 'procurement').key).toBe('procurement_total');
    expect(matchRowLabel('货物', 'disclosure_statistics', null, 'procurement').key).toBe('procurement_goods');
    expect(matchRowLabel('一、政府采购情况', 'disclosure_statistics', null, '')).toMatchObject({ key: 'procurement', opensGroup: 'procurement' });
    expect(matchRowLabel('(一) 车辆数合计(辆)', 'disclosure_statistics', null, 'state_assets').key).toBe('vehicles_count');
    expect(matchRowLabel('(二) 单价100万元(含)以上设备(不含车辆)', 'disclosure_statistics', null, 'state_assets').key).toBe('equipment_over_1m');
  });

  test('should never invent a code for a name it does not know', () => {
    expect(matchRowLabel('二十七、月球探索支出', 'income_expenditure_summary', 'function', '')).toMatchObject({ key: null, via: 'none' });
  });
});
