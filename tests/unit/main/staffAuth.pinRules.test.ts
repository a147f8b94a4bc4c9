import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pinProblem, type PinProblem } from '../../../shared/staff';
import { NewPinChoice } from '../../../renderer/src/components/staff/newPinChoice.svelte';
import { FakeClock, GOOD_PIN, OTHER_PIN, freshStaffDir, setUpKiosk, staffAuthIn } from './staffAuthHarness';

/** The weak PINs an outside review saw accepted, each with the reason it is now refused. */
const REVIEWED_WEAK_PINS: [string, PinProblem][] = [
  ['111112', 'near-repeat'],
  ['000001', 'near-repeat'],
  ['246802', 'sequence'],
  ['135791', 'sequence'],
  ['010190', 'date'],
  ['111222333', 'repeat'],
];

describe('PIN rules', () => {
  it.each([
    ['12345', 'length'],
    ['1234567890123', 'length'],
    ['12a456', 'digits'],
    ['000000', 'same-digit'],
    ['111111', 'same-digit'],
    ['123456', 'sequence'],
    ['654321', 'sequence'],
    ['789012', 'sequence'],
    ['975319', 'sequence'],
    ['121212', 'repeat'],
    ['123123', 'repeat'],
    ['1212121', 'repeat'],
    ['112233', 'repeat'],
    ['11223344', 'repeat'],
    ['121213', 'near-repeat'],
    ['900000', 'near-repeat'],
    ['251290', 'date'],
    ['122590', 'date'],
    ['19900101', 'date'],
    ['01011990', 'date'],
    ['12251990', 'date'],
    ['290204', 'date'],
    ['159753', 'common'],
    ['147258', 'common'],
    ['147258369', 'common'],
  ])('refuse %s (%s)', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each(REVIEWED_WEAK_PINS)('refuse %s, which the review found accepted, as %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each(['482915', '246810', '730264', '58302917', '583920', '320599', '993817'])('accept %s', (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });

  it('refuse any PIN that is a shorter pattern said again', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,4}$/), fc.integer({ min: 2, max: 6 }), (unit, times) => {
        const pin = unit.repeat(times);
        fc.pre(pin.length >= 6 && pin.length <= 12);
        expect(pinProblem(pin)).not.toBeNull();
      }),
    );
  });

  it('refuse every run of digits with the same step, whatever the step, start and length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 6, max: 12 }), (start, step, length) => {
        const pin = Array.from({ length }, (_, i) => (start + i * step) % 10).join('');
        expect(pinProblem(pin)).not.toBeNull();
      }),
    );
  });

  it('refuse every date in the five ways people type one', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (date) => {
        const [d, m, yyyy] = [two(date.getUTCDate()), two(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
        const yy = yyyy.slice(2);
        for (const pin of [d + m + yy, m + d + yy, yyyy + m + d, d + m + yyyy, m + d + yyyy]) expect(pinProblem(pin)).not.toBeNull();
      }),
    );
  });

  it('refuse every PIN one digit away from one digit over and over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 6, max: 12 }), fc.nat(), (digit, other, length, at) => {
        const pin = [...String(digit).repeat(length)];
        pin[at % length] = String(other);
        expect(pinProblem(pin.join(''))).not.toBeNull();
      }),
    );
  });

  it('leave most PINs of six digits open to choose', () => {
    let refused = 0;
    for (let n = 0; n < 1_000_000; n += 997) if (pinProblem(String(n).padStart(6, '0'))) refused += 1;
    expect(refused / Math.ceil(1_000_000 / 997)).toBeLessThan(0.1);
  });
});

describe('one PIN rule everywhere a PIN is chosen', () => {
  it.each(REVIEWED_WEAK_PINS)('main refuses %s at setup, adding staff, changing a PIN and recovery', async (pin, problem) => {
    const { auth, sam, recoveryCode } = await setUpKiosk();
    const refusal = expect.objectContaining({ code: 'refused', message: expect.stringContaining(`(${problem})`) });
    const empty = staffAuthIn(freshStaffDir(), new FakeClock());
    await expect(empty.setup('Ana', pin)).rejects.toEqual(refusal);
    expect(empty.status().needsSetup).toBe(true);
    const fresh = await setUpKiosk();
    await fresh.auth.unlock(fresh.sam.id, GOOD_PIN);
    await expect(fresh.auth.addStaff('Ana', pin)).rejects.toEqual(refusal);
    await expect(fresh.auth.changeOwnPin(GOOD_PIN, pin)).rejects.toEqual(refusal);
    await expect(auth.recover(recoveryCode, sam.id, pin)).rejects.toEqual(refusal);
    // Nothing was changed: the old PIN still opens, and the code still works.
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('ok');
    auth.lock();
    expect((await auth.recover(recoveryCode, sam.id, OTHER_PIN)).outcome).toBe('ok');
  });

  it.each(REVIEWED_WEAK_PINS)('the new-PIN pad refuses %s before it is typed twice, with words for why', (pin, problem) => {
    const chosen: string[] = [];
    const choice = new NewPinChoice((p) => chosen.push(p));
    choice.submit(pin);
    expect(choice.problemKey).toBe(`staff:pinProblem.${problem}`);
    expect(choice.step).toBe('first');
    expect(chosen).toEqual([]);
  });

  it('explains every reason a PIN is refused, in English and Spanish', () => {
    const problems: PinProblem[] = ['length', 'digits', 'same-digit', 'sequence', 'repeat', 'near-repeat', 'date', 'common'];
    for (const locale of ['en', 'es']) {
      const staff = JSON.parse(readFileSync(join(process.cwd(), 'renderer', 'src', 'locales', locale, 'staff.json'), 'utf8')) as {
        pinProblem: Record<string, string>;
      };
      for (const problem of problems) expect(staff.pinProblem[problem], `${locale} ${problem}`).toMatch(/\w/);
    }
  });
});
