import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/model';
import { attendanceCsv, type AttendanceCsvLabels } from '../../../shared/reports/attendanceCsv';
import { startsFormula, toCsv } from '../../../shared/reports/csv';

/** Reads CSV text back as a spreadsheet would receive the cells. */
function cells(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const DANGEROUS = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1', '  =1+1', '＝1+1', '=1\n2'];

describe('CSV for spreadsheets', () => {
  it('makes every cell that would start a formula inert, with a leading apostrophe', () => {
    const rows = cells(toCsv(['Name'], DANGEROUS.map((name) => [name])));
    expect(rows.slice(1).map(([cell]) => cell)).toEqual(DANGEROUS.map((name) => `'${name}`));
  });

  it('leaves ordinary cells exactly as they are, commas, quotes and accents included', () => {
    const ordinary = ['Marisol Vega', 'Ana "Annie" López, RN', 'Grupo de caminata', '2026-03-10', '14:05', 'María José'];
    expect(cells(toCsv(['A'], ordinary.map((x) => [x]))).slice(1).map(([c]) => c)).toEqual(ordinary);
  });

  it('never lets any cell come out starting a formula, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const square = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
        const back = cells(toCsv(Array(width).fill('h'), square)).slice(1);
        back.forEach((row, r) =>
          row.forEach((cell, c) => {
            const original = square[r]?.[c] as string;
            expect(startsFormula(cell)).toBe(false);
            expect(cell).toBe(startsFormula(original) ? `'${original}` : original);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the attendance CSV', () => {
  const rows: Attendance[] = [
    { id: '1', occurrenceKey: 'art@2026-03-10', groupId: 'art', date: '2026-03-10', residentId: 'r-hyper', at: Date.UTC(2026, 2, 10, 20, 5), method: 'symbol' },
    { id: '2', occurrenceKey: 'art@2026-03-10', groupId: 'art', date: '2026-03-10', at: Date.UTC(2026, 2, 10, 20, 1), method: 'headcount' },
    { id: '3', occurrenceKey: 'art@2026-03-10', groupId: 'art', date: '2026-03-10', residentId: 'r-ana', at: Date.UTC(2026, 2, 10, 20, 9), method: 'staff' },
    { id: '4', occurrenceKey: 'walk@2026-03-09', groupId: 'walk', date: '2026-03-09', residentId: 'r-plus', at: Date.UTC(2026, 2, 9, 17), method: 'symbol+code' },
    { id: '5', occurrenceKey: 'art@2026-03-09', groupId: 'art', date: '2026-03-09', residentId: 'r-minus', at: Date.UTC(2026, 2, 9, 20), method: 'symbol' },
    { id: '6', occurrenceKey: 'art@2026-03-09', groupId: 'art', date: '2026-03-09', residentId: 'r-at', at: Date.UTC(2026, 2, 9, 20), method: 'symbol' },
  ];
  const names: Record<string, string> = { 'r-hyper': '=HYPERLINK("x")', 'r-ana': 'Ana López', 'r-plus': '+1', 'r-minus': '-2', 'r-at': '@SUM(A1)' };
  const labels: AttendanceCsvLabels = {
    header: { date: 'Date', group: 'Group', resident: 'Resident', tappedInAt: 'Tapped in at', how: 'How' },
    groupTitle: (id) => ({ art: 'Art together', walk: 'Walking group' })[id] ?? id,
    residentName: (id) => (id ? (names[id] ?? '?') : '(headcount)'),
    method: (m) => m,
    time: (ms) => new Date(ms).toISOString().slice(11, 16),
  };

  it('has one line per tap-in, by date, group and name, with every name inert', () => {
    expect(cells(attendanceCsv(rows, labels, 'en'))).toEqual([
      ['Date', 'Group', 'Resident', 'Tapped in at', 'How'],
      ['2026-03-09', 'Art together', "'-2", '20:00', 'symbol'],
      ['2026-03-09', 'Art together', "'@SUM(A1)", '20:00', 'symbol'],
      ['2026-03-09', 'Walking group', "'+1", '17:00', 'symbol+code'],
      ['2026-03-10', 'Art together', "'=HYPERLINK(\"x\")", '20:05', 'symbol'],
      ['2026-03-10', 'Art together', 'Ana López', '20:09', 'staff'],
      ['2026-03-10', 'Art together', '(headcount)', '20:01', 'headcount'],
    ]);
  });

  it('quotes the formula-like name so the apostrophe and the quotes survive any reader', () => {
    const text = attendanceCsv(rows, labels, 'en');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text.split('\r\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
  });
});
