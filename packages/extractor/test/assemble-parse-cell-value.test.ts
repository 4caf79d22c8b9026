import { describe, expect, it } from 'vitest';
import { parseCellValue } from '../src/index.ts';

describe('parseCellValue', () => {
  it('should read numbers exactly as printed', () => {
    expect(parseCellValue('2,365.94')).toEqual({ kind: 'number', value: '2365.94', printed: '2,365.94' });
    expect(parseCellValue('945. 84')).toEqual({ kind: 'number', value: '945.84', printed: '945. 84' });
    expect(parseCellValue('10')).toEqual({ kind: 'number', value: '10', printed: '10' });
    expect(parseCellValue('0.00')).toEqual({ kind: 'number', value: '0.00', printed: '0.00' });
    expect(parseCellValue('１２．５')).toEqual({ kind: 'number', value: '12.5', printed: '１２．５' });
  });

  it('should keep blank, dash, percent and text distinct', () => {
    expect(parseCellValue('').kind).toBe('blank');
    expect(parseCellValue('——')).toEqual({ kind: 'dash', printed: '——' });
    expect(parseCellValue('-')).toEqual({ kind: 'dash', printed: '-' });
    expect(parseCellValue('16.99%')).toEqual({ kind: 'percent', value: '16.99', printed: '16.99%' });
    expect(parseCellValue('11人').kind).toBe('text');
    expect(parseCellValue('1,29').kind).toBe('text');
  });
});
