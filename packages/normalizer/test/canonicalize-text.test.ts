import { describe, expect, test } from 'vitest';
import { canonicalizeText, fixOcrSlips, stripNumbering, toMatchForm } from '../src/index.ts';

describe('canonicalizeText', () => {
  test('should fold full-width ASCII, brackets and ideographic spaces', () => {
    expect(canonicalizeText('因公出国(境)费　２０２３ 年')).toBe('因公出国（境）费2023年');
    expect(canonicalizeText('ＡＢＣ　１２３')).toBe('ABC 123');
  });

  test('should drop whitespace inside CJK words and keep it between Latin words', () => {
    expect(canonicalizeText('基 本 支 出')).toBe('基本支出');
    expect(canonicalizeText('第二部分  2023 年度部门决算情况说明')).toBe('第二部分2023年度部门决算情况说明');
    expect(canonicalizeText('pdf to text')).toBe('pdf to text');
  });

  test('should turn straight quotes into curly pairs', () => {
    expect(canonicalizeText('财政拨款"三公"经费')).toBe('财政拨款“三公”经费');
  });
});

describe('toMatchForm', () => {
  test('should remove quotes, brackets and punctuation', () => {
    expect(toMatchForm('财政拨款“三公”经费及会议费、培训费')).toBe('财政拨款三公经费及会议费培训费');
    expect(toMatchForm('因公出国（境）费')).toBe(toMatchForm('因公出国(境)费'));
  });

  test('should read 〇 as 零', () => {
    expect(toMatchForm('二〇二一年')).toBe('二零二一年');
  });
});

describe('stripNumbering', () => {
  test.each([
    ['第一部分 单位概况', '第一部分', '单位概况'],
    ['一、单位主要职责及内设机构', '一、', '单位主要职责及内设机构'],
    ['（一）主要职责', '（一）', '主要职责'],
    ['(二) 培训费支出情况说明', '(二)', '培训费支出情况说明'],
    ['1. 因公出国（境）费支出情况说明', '1.', '因公出国（境）费支出情况说明'],
    ['1、预算绩效管理工作开展情况', '1、', '预算绩效管理工作开展情况'],
    ['(1) 工资福利支出', '(1)', '工资福利支出'],
    ['①行政单位医疗（项）', '①', '行政单位医疗（项）'],
    ['## **八、政府采购情况说明**', '## ** 八、', '政府采购情况说明'],
    ['十四、其他需要说明的情况', '十四、', '其他需要说明的情况'],
    ['二十六、抗疫特别国债安排的支出', '二十六、', '抗疫特别国债安排的支出'],
  ])('should split %s', (title, numbering, rest) => {
    expect(stripNumbering(title)).toEqual({ numbering, rest });
  });

  test('should not read an amount as numbering', () => {
    expect(stripNumbering('1.58万元').numbering).toBeNull();
  });
});

describe('fixOcrSlips', () => {
  test('should read 档次 as 栏次 and report it', () => {
    expect(fixOcrSlips('档次')).toEqual({ text: '栏次', slips: [{ printed: '档次', read: '栏次' }] });
    expect(fixOcrSlips('栏次').slips).toEqual([]);
  });
});
