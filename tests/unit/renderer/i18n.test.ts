import { describe, expect, it, vi } from 'vitest';
import { TextMemo } from '../../../renderer/src/lib/textMemo';

vi.stubGlobal('document', { documentElement: { lang: 'en' } });
const { language, t } = await import('../../../renderer/src/lib/i18n.svelte');

describe('the wall text', () => {
  it('gives each count, value and language its own text when asked again', () => {
    for (let round = 0; round < 2; round++) {
      language.set('en');
      expect(t('home:minutesLeft', { count: 1 })).toBe('1 minute left');
      expect(t('home:minutesLeft', { count: 2 })).toBe('2 minutes left');
      expect(t('home:with', { name: 'Ana' })).toBe('With Ana');
      expect(t('home:with', { name: 'Luis' })).toBe('With Luis');
      expect(t('boards:relate')).toBe('I relate');
      language.set('es');
      expect(t('boards:relate')).toBe('Me identifico');
      expect(t('boards:relateCount', { count: 1 })).toBe('1 persona se identifica');
      expect(t('boards:relateCount', { count: 3 })).toBe('3 personas se identifican');
    }
    language.set('en');
  });

  it('finds staff text once it has loaded, even after asking for it before', async () => {
    language.set('en');
    expect(t('staff:pin.erase')).toBe('pin.erase');
    await language.loadStaffText();
    expect(t('staff:pin.erase')).toBe('Erase the last digit');
  });
});

describe('TextMemo', () => {
  it('looks a text up once, and again for other values', () => {
    const memo = new TextMemo(10);
    const lookUp = vi.fn(() => 'text');
    memo.text('en', 'k', { count: 1 }, lookUp);
    memo.text('en', 'k', { count: 1 }, lookUp);
    expect(lookUp).toHaveBeenCalledTimes(1);
    memo.text('en', 'k', { count: '1' }, lookUp);
    memo.text('es', 'k', { count: 1 }, lookUp);
    memo.text('en', 'k', undefined, lookUp);
    expect(lookUp).toHaveBeenCalledTimes(4);
  });

  it('never remembers a lookup whose values are not plain', () => {
    const memo = new TextMemo(10);
    const lookUp = vi.fn(() => 'text');
    memo.text('en', 'k', { when: new Date(0) }, lookUp);
    memo.text('en', 'k', { when: new Date(0) }, lookUp);
    expect(lookUp).toHaveBeenCalledTimes(2);
    expect(memo.size).toBe(0);
  });

  it('stays within its bound, pushing the oldest texts out', () => {
    const memo = new TextMemo(100);
    for (let second = 0; second < 1000; second++) memo.text('en', 'countdown', { count: second }, () => `${second} s`);
    expect(memo.size).toBe(100);
    const lookUp = vi.fn(() => 'again');
    expect(memo.text('en', 'countdown', { count: 999 }, lookUp)).toBe('999 s');
    expect(memo.text('en', 'countdown', { count: 0 }, lookUp)).toBe('again');
  });

  it('looks everything up again once cleared', () => {
    const memo = new TextMemo(10);
    memo.text('en', 'k', undefined, () => 'before');
    memo.clear();
    expect(memo.text('en', 'k', undefined, () => 'after')).toBe('after');
  });
});

describe('the audit log speaks of groups in plain words', () => {
  it('says how often and when, never the rule behind it, in each language', async () => {
    const { groupAuditDetail } = await import('../../../renderer/src/lib/staff/groupWhen');
    await language.loadStaffText();
    const group = { title: { en: 'Garden club', es: 'Club de jardín' }, rrule: 'FREQ=WEEKLY;BYDAY=MO', validFrom: '2026-03-09', startTime: '10:00' };
    language.set('en');
    expect(groupAuditDetail(group)).toBe('Garden club · Every Monday, 10:00 AM');
    expect(groupAuditDetail({ ...group, rrule: '' })).toBe('Garden club · Once, on Monday, March 9, 2026, 10:00 AM');
    language.set('es');
    const spanish = groupAuditDetail(group);
    expect(spanish).toMatch(/^Club de jardín · .*lunes.*10:00/);
    expect(spanish).not.toContain('FREQ');
    language.set('en');
  });
});

describe('the audit log knows a resident by symbol only', () => {
  it('names the symbol in the staff member language, and whether they can tap in, never the name', async () => {
    const { residentInAudit, symbolName } = await import('../../../renderer/src/lib/symbolName');
    await language.loadStaffText();
    language.set('en');
    expect(residentInAudit({ symbol: 'fish', colour: 'blue' })).toBe('Symbol: Blue fish');
    expect(residentInAudit({ symbol: 'cat', colour: 'orange', active: false })).toBe('Symbol: Orange cat (cannot tap in)');
    expect(symbolName('no-such-symbol')).toBe('Symbol');
    language.set('es');
    expect(residentInAudit({ symbol: 'fish', colour: 'blue' })).toBe('Símbolo: Pez azul');
    language.set('en');
  });
});
