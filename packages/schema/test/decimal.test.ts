import { describe, expect, test } from 'vitest';
import { compareDecimals, convertMoney, subtractDecimals, sumDecimals } from '../src/index.ts';

describe('exact decimals', () => {
  test('should add without binary-float error', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['160.74', '785.10'])).toBe('945.84');
  });
  test('should subtract and compare across scales', () => {
    expect(subtractDecimals('1294.44', '1292.44')).toBe('2.00');
    expect(compareDecimals('10', '10.00')).toBe(0);
    expect(compareDecimals('-0.01', '0')).toBe(-1);
  });
  test('should convert money units exactly', () => {
    expect(convertMoney('945.84', '万元', '元')).toBe('9458400');
    expect(convertMoney('12345.6', '元', '万元')).toBe('1.23456');
  });
});
