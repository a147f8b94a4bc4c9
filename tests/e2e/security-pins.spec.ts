import { test, expect } from './fixtures';
import { STAFF, openStaffArea, setupStaff, tapPin, unlockStaff } from './staff';

/**
 * Reproduction (outside review): 111112, 000001, 246802, 135791, 010190 and 111222333 were all
 * accepted as new staff PINs. Here a staff member changes their own PIN and tries each of them.
 */
test('choosing a new PIN refuses the guessable PINs the review found, and says why in plain words', async ({ page }) => {
  test.slow();
  await setupStaff(page);
  await page.goto('/');
  await unlockStaff(page);
  await openStaffArea(page, 'Staff accounts');
  await page.getByRole('button', { name: 'Change my PIN' }).click();
  await tapPin(page, STAFF.pin, 'Next');

  const why: [string, string][] = [
    ['111112', 'A PIN that is almost one digit over and over (like 111112) is too easy to guess.'],
    ['000001', 'A PIN that is almost one digit over and over (like 111112) is too easy to guess.'],
    ['246802', 'Digits that go up or down in steps (like 123456 or 135791) are too easy to guess.'],
    ['135791', 'Digits that go up or down in steps (like 123456 or 135791) are too easy to guess.'],
    ['010190', 'A date (like a birthday) is easy to guess.'],
    ['111222333', 'A repeated pattern (like 121212 or 112233) is too easy to guess.'],
  ];
  for (const [pin, reason] of why) {
    await tapPin(page, pin, 'Next');
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(page.getByTestId('pin-instruction')).toHaveText('Choose a PIN of at least 6 digits.');
  }

  await page.getByRole('button', { name: 'Español' }).click();
  await tapPin(page, '010190', 'Siguiente');
  await expect(page.getByRole('alert')).toContainText('Una fecha (como un cumpleaños) es fácil de adivinar.');
});
