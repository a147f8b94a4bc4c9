import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The wall's home screen with the example house, at fixed times (the browser runs in
 * America/Chicago). On the day the house is loaded the example cancels the evening wind-down
 * and moves the next morning's check-in to 10:00. Tuesday 10 March 2026 is a second Tuesday:
 * check-in 9:30, walking group 11:00, recovery circle 14:00, house meeting 18:30, wind-down 20:00.
 */
test.use({ previewOptions: { demo: true } });

async function openWallAt(page: Page, localTime: string) {
  await page.clock.install({ time: new Date(localTime) });
  await page.goto('/');
}

/** Switches to Spanish once the wall has started (start-up sets the house's language last). */
async function inSpanish(page: Page) {
  await expect(page.getByTestId('session').first()).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();
}

const section = (page: Page, id: 'now' | 'up-next' | 'later' | 'day-done' | 'quiet-now') => page.getByTestId(id);
const card = (page: Page, within: 'now' | 'up-next' | 'later' | 'day-done', title: string) =>
  section(page, within).getByTestId('session').filter({ hasText: title });

test.describe('in English', () => {
  test('in the morning the check-in is on now, with the time left and Tap to join, and the rest of the day is later', async ({ page }) => {
    await openWallAt(page, '2026-03-10T09:41:00');
    const checkIn = card(page, 'now', 'Morning check-in');
    await expect(checkIn).toContainText('9:30 – 10:00 AM');
    await expect(checkIn).toContainText('Lounge');
    await expect(checkIn).toContainText('With Maria');
    await expect(checkIn.getByTestId('timing')).toHaveText('19 minutes left');
    await expect(checkIn.getByRole('button', { name: 'Tap to join' })).toBeVisible();
    await expect(section(page, 'up-next')).toHaveCount(0);
    await expect(section(page, 'later').getByTestId('session')).toHaveText([
      /Walking group/,
      /Recovery circle/,
      /House meeting/,
      /Evening wind-down/,
    ]);
  });

  test('a cancelled group stays in the list, marked cancelled, with the note staff wrote', async ({ page }) => {
    await openWallAt(page, '2026-03-10T09:41:00');
    const windDown = card(page, 'later', 'Evening wind-down');
    await expect(windDown.getByTestId('status')).toHaveText(/Cancelled\s+Jordan is away today\. Staff are in the lounge if you want company\./);
    await expect(windDown.getByRole('button', { name: 'Tap to join' })).toHaveCount(0);
  });

  test('a group starting within 15 minutes is up next, highlighted, with the minutes until it starts', async ({ page }) => {
    await openWallAt(page, '2026-03-10T10:50:00');
    const walk = card(page, 'up-next', 'Walking group');
    await expect(walk).toHaveClass(/highlight/);
    await expect(walk.getByTestId('timing')).toHaveText('Starts in 10 minutes');
    await expect(walk.getByRole('button', { name: 'Tap to join' })).toBeVisible();
    await expect(section(page, 'now')).toHaveCount(0);
    await expect(card(page, 'later', 'Walking group')).toHaveCount(0);
  });

  test('between groups the wall says calmly that nothing is on, and when the next one starts', async ({ page }) => {
    await openWallAt(page, '2026-03-10T12:30:00');
    await expect(section(page, 'quiet-now')).toContainText('Nothing is on right now.');
    await expect(section(page, 'quiet-now')).toContainText('The next group starts at 2:00 PM.');
    await expect(card(page, 'later', 'Recovery circle')).toBeVisible();
  });

  test('as minutes pass the same screen moves a group from later to up next to now, without a reload', async ({ page }) => {
    await openWallAt(page, '2026-03-10T10:44:00');
    await expect(card(page, 'later', 'Walking group')).toBeVisible();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await page.clock.runFor(60_000);
    await expect(card(page, 'up-next', 'Walking group').getByTestId('timing')).toHaveText('Starts in 15 minutes');

    await page.clock.runFor(15 * 60_000);
    await expect(card(page, 'now', 'Walking group').getByTestId('timing')).toHaveText('Until 12:00 PM');
    await page.clock.runFor(60_000);
    await expect(card(page, 'now', 'Walking group').getByTestId('timing')).toHaveText('59 minutes left');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  test('when only a cancelled group is left, the day says so, and reads in time order down to tomorrow’s first group', async ({ page }) => {
    await openWallAt(page, '2026-03-10T19:40:00');
    await expect(section(page, 'day-done')).toContainText('The rest of today\'s groups are cancelled.');
    await expect(card(page, 'later', 'Evening wind-down')).toContainText('Cancelled');
    await expect(card(page, 'day-done', 'Morning check-in')).toBeVisible();
    // Later today reads before the day's end and tomorrow: above them, or in the column to their left.
    const later = await section(page, 'later').boundingBox();
    const dayDone = await section(page, 'day-done').boundingBox();
    expect(later && dayDone && (later.y + later.height <= dayDone.y || later.x + later.width <= dayDone.x)).toBe(true);
    const dayDoneFollows = await section(page, 'later').evaluate(
      (el) => (el.compareDocumentPosition(document.querySelector('[data-testid="day-done"]')!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    expect(dayDoneFollows).toBe(true);
  });

  test('after the last group the wall says so calmly and shows tomorrow’s first group, moved, with its note', async ({ page }) => {
    await openWallAt(page, '2026-03-10T20:45:00');
    await expect(section(page, 'day-done')).toContainText('No more groups today.');
    await expect(section(page, 'later')).toHaveCount(0);
    const tomorrow = card(page, 'day-done', 'Morning check-in');
    await expect(tomorrow).toContainText('10:00 AM');
    await expect(tomorrow.getByTestId('status')).toHaveText(/New time\s+Starts later, at 10:00, after the staff meeting\./);
    await expect(tomorrow.getByRole('button', { name: 'Tap to join' })).toHaveCount(0);
  });

  test('crossing midnight turns tomorrow into today without a reload', async ({ page }) => {
    await openWallAt(page, '2026-03-10T23:58:00');
    await expect(page.getByTestId('date')).toHaveText('Tuesday, March 10');
    await expect(card(page, 'day-done', 'Morning check-in')).toContainText('10:00 AM');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await page.clock.runFor(3 * 60_000);
    await expect(page.getByTestId('date')).toHaveText('Wednesday, March 11');
    await expect(section(page, 'day-done')).toHaveCount(0);
    await expect(section(page, 'quiet-now')).toContainText('The next group starts at 10:00 AM.');
    await expect(section(page, 'later').getByTestId('session')).toHaveText([
      /Morning check-in.*New time/,
      /Art together/,
      /Cooking together/,
      /Evening wind-down/,
    ]);
    await expect(card(page, 'later', 'Evening wind-down').getByTestId('status')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  test('just after midnight a fresh wall shows the new day', async ({ page }) => {
    await openWallAt(page, '2026-03-11T00:05:00');
    await expect(page.getByTestId('date')).toHaveText('Wednesday, March 11');
    // Loaded today, the example cancels today's wind-down and moves tomorrow's check-in.
    await expect(section(page, 'later').getByTestId('session')).toHaveText([/Morning check-in/, /Art together/, /Cooking together/, /Evening wind-down.*Cancelled/]);
    await expect(card(page, 'later', 'Morning check-in')).toContainText('9:30 AM');
  });

  test('tapping a card opens the session’s details, and Back returns home', async ({ page }) => {
    await openWallAt(page, '2026-03-10T13:50:00');
    await card(page, 'up-next', 'Recovery circle').getByRole('button', { name: /Recovery circle/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Recovery circle' })).toBeVisible();
    await expect(page.getByTestId('when')).toHaveText(/Tuesday, March 10\s*2:00 – 3:00 PM/);
    await expect(page.getByRole('main')).toContainText('Quiet room');
    await expect(page.getByRole('main')).toContainText('Jordan');
    await expect(page.getByRole('region', { name: 'About this group' })).toContainText('What is said here stays here.');
    await expect(page.getByRole('region', { name: 'Who it is for' })).toContainText('Anyone in recovery from alcohol or drugs');
    await expect(page.getByRole('button', { name: 'Tap to join' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(card(page, 'up-next', 'Recovery circle')).toBeVisible();
  });

  test('a cancelled session’s details say so, with the note, and offer no Tap to join', async ({ page }) => {
    await openWallAt(page, '2026-03-10T19:55:00');
    await card(page, 'up-next', 'Evening wind-down').getByRole('button', { name: /Evening wind-down/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evening wind-down' })).toBeVisible();
    await expect(page.getByRole('main').getByTestId('status')).toHaveText(/Cancelled\s+Jordan is away today/);
    await expect(page.getByRole('button', { name: 'Tap to join' })).toHaveCount(0);
  });

  test('Tap to join goes to sign-in for that session', async ({ page }) => {
    await openWallAt(page, '2026-03-10T09:41:00');
    await card(page, 'now', 'Morning check-in').getByRole('button', { name: 'Tap to join' }).click();
    await expect(page.locator('.wall')).toHaveAttribute('data-screen', 'signIn');
  });
});

test.describe('in Spanish', () => {
  test('the morning reads in Spanish: now, time left, Tap to join, later, and the cancellation note', async ({ page }) => {
    await openWallAt(page, '2026-03-10T09:41:00');
    await inSpanish(page);
    await expect(page.getByRole('heading', { name: 'Ahora' })).toBeVisible();
    const checkIn = card(page, 'now', 'Charla de la mañana');
    await expect(checkIn.getByTestId('timing')).toHaveText('Quedan 19 minutos');
    await expect(checkIn).toContainText('Con Maria');
    await expect(checkIn.getByRole('button', { name: 'Toca para unirte' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Más tarde hoy' })).toBeVisible();
    await expect(card(page, 'later', 'Calma de la noche').getByTestId('status')).toHaveText(
      /Cancelado\s+Jordan no está hoy\. El personal está en el salón si quieres compañía\./,
    );
    await expect(card(page, 'later', 'Grupo de caminata')).toContainText('11:00');
  });

  test('up next counts the minutes in Spanish', async ({ page }) => {
    await openWallAt(page, '2026-03-10T10:59:00');
    await inSpanish(page);
    await expect(page.getByRole('heading', { name: 'Dentro de poco' })).toBeVisible();
    await expect(card(page, 'up-next', 'Grupo de caminata').getByTestId('timing')).toHaveText('Empieza en 1 minuto');
  });

  test('a day whose rest is cancelled says so in Spanish', async ({ page }) => {
    await openWallAt(page, '2026-03-10T19:40:00');
    await expect(section(page, 'day-done')).toBeVisible();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(section(page, 'day-done')).toContainText('Los demás grupos de hoy están cancelados.');
    await expect(card(page, 'later', 'Calma de la noche')).toContainText('Cancelado');
  });

  test('the evening and the moved check-in read in Spanish, across midnight too', async ({ page }) => {
    await openWallAt(page, '2026-03-10T23:58:00');
    await inSpanish(page);
    await expect(section(page, 'day-done')).toContainText('Hoy no hay más grupos.');
    await expect(section(page, 'day-done')).toContainText('Mañana');
    await expect(card(page, 'day-done', 'Charla de la mañana').getByTestId('status')).toHaveText(
      /Nueva hora\s+Empieza más tarde, a las 10:00, después de la reunión del personal\./,
    );
    // Nobody touches the wall for three minutes, so the idle reset brings back the house's language.
    await page.clock.runFor(3 * 60_000);
    await expect(page.getByTestId('date')).toHaveText('Wednesday, March 11');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByTestId('date')).toHaveText('miércoles, 11 de marzo');
    await expect(section(page, 'quiet-now')).toContainText('El próximo grupo empieza a las 10:00.');
    await expect(card(page, 'later', 'Arte juntos')).toContainText('14:00');
  });

  test('the details of a session read in Spanish', async ({ page }) => {
    await openWallAt(page, '2026-03-10T10:50:00');
    await inSpanish(page);
    await card(page, 'up-next', 'Grupo de caminata').getByRole('button', { name: /Grupo de caminata/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Grupo de caminata' })).toBeVisible();
    await expect(page.getByTestId('when')).toHaveText(/martes, 10 de marzo\s*11:00–12:00/);
    await expect(page.getByRole('region', { name: 'Para quién es' })).toContainText('Trae abrigo.');
    await expect(page.getByRole('button', { name: 'Toca para unirte' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Volver' })).toBeVisible();
  });
});
