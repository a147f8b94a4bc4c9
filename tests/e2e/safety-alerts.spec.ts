import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { changeHouseSettings, openBoard, postShare, shareTexts, typeOnScreen, type StoredReviewItem, type StoredShare } from './boards-helpers';
import { readAll } from './reliability-helpers';
import { sendAlertsTo, startMailServer, startWebhook, type Receiver } from './safety-receivers';

/*
 * A person is told: urgent crisis words, typed on the wall's own keys, show the support card at
 * once and raise an alert that lights the Staff button and goes out by e-mail and web message,
 * with no words of the share and no name. The card says "We've let staff know" only when a
 * channel took the alert; otherwise it says where staff are.
 */

test.use({ previewOptions: { demo: true } });

const URGENT_EN = 'tonight i am going to end my life';
const URGENT_ES = 'quiero terminar con todo esta noche';

let mail: Receiver & { port: number };
let webhook: Receiver & { url: string };

test.beforeEach(async () => {
  [mail, webhook] = await Promise.all([startMailServer(), startWebhook()]);
});

test.afterEach(async () => {
  await Promise.all([mail.close(), webhook.close()]);
});

const staffButton = (page: Page) => page.locator('.wall-footer').getByRole('button', { name: /^(Staff mode|Modo del personal)/ });

/** Back from a board to the home screen, where the Staff button is. */
async function backHome(page: Page, lang: 'en' | 'es') {
  const words = lang === 'en' ? ['Back to the board', 'All boards', 'Home'] : ['Volver al muro', 'Todos los muros', 'Inicio'];
  for (const name of words) await page.getByRole('button', { name, exact: true }).click();
}

/** From the home screen: switches to Spanish and posts `text` on "Días difíciles", typed on the Spanish keys. */
async function postInSpanishOnHardDays(page: Page, text: string) {
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Muros para compartir' }).click();
  await page.getByRole('button', { name: /^Días difíciles/ }).click();
  await page.getByRole('button', { name: 'Escribir algo' }).click();
  await typeOnScreen(page, text);
  await page.getByRole('button', { name: 'Ver cómo queda' }).click();
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
}

/** Every resident's name and the share's own words: none may leave the machine. */
async function privateWords(page: Page, share: string): Promise<string[]> {
  const names = (await readAll<{ name: string }>(page, 'residents')).flatMap((r) => r.name.split(' '));
  expect(names.length).toBeGreaterThan(0);
  return [share, ...names];
}

function expectNoneOf(received: readonly string[], words: readonly string[]) {
  for (const message of received) {
    for (const word of words) expect(message.toLowerCase(), `"${word}" left the machine`).not.toContain(word.toLowerCase());
  }
}

/** The share was held: stored for staff, on no board. */
async function expectHeldOffEveryBoard(page: Page, text: string) {
  const shares = (await readAll<StoredShare>(page, 'shares')).filter((s) => s.text === text);
  expect(shares.map((s) => s.status)).toEqual(['held']);
}

test('urgent words in English show the support card, light the Staff button and tell staff by e-mail and web message, with no words and no name', async ({ page }) => {
  await page.goto('/');
  await sendAlertsTo(page, mail, webhook);
  await expect(staffButton(page)).toHaveAccessibleName('Staff mode');
  await expect(page.getByTestId('staff-waiting')).toHaveCount(0);

  await openBoard(page, 'Hard days');
  await postShare(page, URGENT_EN);
  const card = page.getByTestId('support-card');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('crisis-text')).toContainText('call or text 988');
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'delivered');
  await expect(card).toContainText("We've let staff know.");
  await expect(card).toContainText('You can also go to the staff office.');

  await expect.poll(() => mail.received.length).toBe(1);
  await expect.poll(() => webhook.received.length).toBe(1);
  const posted = JSON.parse(webhook.received[0] ?? '{}') as { kind?: string; house?: string; alertId?: string };
  expect(posted).toMatchObject({ kind: 'crisis-share' });
  expect(mail.received[0]).toContain('staff@example.org');
  expectNoneOf([...mail.received, ...webhook.received], [...(await privateWords(page, URGENT_EN)), 'end my life']);

  // Staff who answer the person's urgent request can clear the alert it raised.
  const items = await readAll<StoredReviewItem & { alertId?: string }>(page, 'reviewItems');
  expect(items.map((i) => `${i.kind}:${i.priority}`).sort()).toEqual(['quiet-request:0', 'share:0']);
  expect(items.find((i) => i.kind === 'quiet-request')?.alertId).toBe(posted.alertId);

  await backHome(page, 'en');
  await expect(page.getByTestId('staff-waiting')).toBeVisible();
  await expect(staffButton(page)).toHaveAccessibleName('Staff mode — someone is waiting');
  await expect(staffButton(page)).toHaveText('Staff');
  await expectHeldOffEveryBoard(page, URGENT_EN);
  await openBoard(page, 'Hard days');
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(shareTexts(page).filter({ hasText: 'end my life' })).toHaveCount(0);
});

test('urgent words in Spanish, typed on the Spanish keys, do the same and the card says so in Spanish', async ({ page }) => {
  await page.goto('/');
  await sendAlertsTo(page, mail, webhook);
  await postInSpanishOnHardDays(page, URGENT_ES);

  const card = page.getByTestId('support-card');
  await expect(card).toContainText('Gracias por contárnoslo.');
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'delivered');
  await expect(card).toContainText('Ya avisamos al personal.');
  await expect(card).toContainText('También puedes ir a la oficina del personal.');
  await expect(page.getByTestId('crisis-text')).toContainText('988');

  await expect.poll(() => mail.received.length).toBe(1);
  await expect.poll(() => webhook.received.length).toBe(1);
  expectNoneOf([...mail.received, ...webhook.received], [...(await privateWords(page, URGENT_ES)), 'terminar con todo']);

  await backHome(page, 'es');
  await expect(page.getByTestId('staff-waiting')).toBeVisible();
  await expect(staffButton(page)).toHaveAccessibleName('Modo del personal — alguien está esperando');
  await expectHeldOffEveryBoard(page, URGENT_ES);
});

test('with no channel turned on, the card never says staff were told: it says where staff are, in either language', async ({ page }) => {
  await page.goto('/');
  await changeHouseSettings(page, { staffLocation: { en: 'the office by the front door', es: 'la oficina junto a la puerta' } });
  await openBoard(page, 'Hard days');
  await postShare(page, URGENT_EN);
  const card = page.getByTestId('support-card');
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  await expect(card).toContainText('Please go to the office by the front door now. Staff are there to help you.');
  await expect(page.getByTestId('crisis-text')).toContainText('call or text 988');
  await expect(page.getByText("We've let staff know")).toHaveCount(0);

  await backHome(page, 'en');
  // The alert is open in main even with nowhere to send it: the Staff button still shows it.
  await expect(page.getByTestId('staff-waiting')).toBeVisible();
  await postInSpanishOnHardDays(page, URGENT_ES);
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  await expect(page.getByTestId('support-card')).toContainText('Por favor, ve ahora a la oficina junto a la puerta.');
  await expect(page.getByText('Ya avisamos al personal')).toHaveCount(0);
  expect(mail.received).toEqual([]);
  expect(webhook.received).toEqual([]);
});

test('when main cannot raise the alert, the card says where staff are and the person is still asked for', async ({ page }) => {
  await page.goto('/');
  await sendAlertsTo(page, mail, webhook);
  await page.route('**/kiosk/alerts/raise', (route) => route.abort());
  await openBoard(page, 'Hard days');
  await postShare(page, URGENT_EN);
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  await expect(page.getByTestId('support-card')).toContainText('Please go to the staff office now.');
  await expect(page.getByText("We've let staff know")).toHaveCount(0);
  const items = await readAll<StoredReviewItem>(page, 'reviewItems');
  expect(items.map((i) => `${i.kind}:${i.priority}`).sort()).toEqual(['quiet-request:0', 'share:0']);
  expect(mail.received).toEqual([]);
});

test('words of concern show the support card and ask staff quietly, with no alert, until the person asks for someone now', async ({ page }) => {
  await page.goto('/');
  await sendAlertsTo(page, mail, webhook);
  await openBoard(page, 'Hard days');
  await postShare(page, 'I want to die');
  const card = page.getByTestId('support-card');
  await expect(card).toContainText('Staff will read what you wrote. If you want to talk with someone, staff are at the staff office.');
  await expect(page.getByTestId('staff-call')).toHaveCount(0);
  await expect.poll(async () => (await readAll<StoredReviewItem>(page, 'reviewItems')).map((i) => `${i.kind}:${i.priority}`).sort()).toEqual([
    'quiet-request:1',
    'share:2',
  ]);
  expect(mail.received).toEqual([]);
  expect(webhook.received).toEqual([]);

  await card.getByRole('button', { name: 'I need someone now' }).click();
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'delivered');
  await expect(card.getByRole('button', { name: 'I need someone now' })).toHaveCount(0);
  await expect.poll(() => webhook.received.length).toBe(1);
  expect(JSON.parse(webhook.received[0] ?? '{}')).toMatchObject({ kind: 'urgent-request' });
  await expect.poll(async () => (await readAll<StoredReviewItem>(page, 'reviewItems')).map((i) => `${i.kind}:${i.priority}`).sort()).toEqual([
    'quiet-request:0',
    'share:2',
  ]);
});

test('"Ask staff quietly" offers "I need someone now", which tells staff and says so only when they were told', async ({ page }) => {
  await page.goto('/');
  await sendAlertsTo(page, mail, webhook);
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thank you for asking.' });
  await expect(dialog).toContainText('A staff member will come to you soon.');
  await expect.poll(async () => (await readAll<StoredReviewItem>(page, 'reviewItems')).map((i) => `${i.kind}:${i.priority}`)).toEqual(['quiet-request:1']);
  expect(webhook.received).toEqual([]);

  await dialog.getByRole('button', { name: 'I need someone now' }).click();
  await expect(dialog).toContainText('You asked for someone now.');
  await expect(dialog.getByTestId('staff-call')).toHaveAttribute('data-call', 'delivered');
  await expect(dialog).toContainText("We've let staff know.");
  await expect(dialog.getByTestId('crisis-text')).toBeVisible();
  await expect.poll(() => webhook.received.length).toBe(1);
  await expect.poll(() => mail.received.length).toBe(1);
  expect(JSON.parse(webhook.received[0] ?? '{}')).toMatchObject({ kind: 'urgent-request' });
  // One request, now urgent: not a second one.
  await expect.poll(async () => (await readAll<StoredReviewItem>(page, 'reviewItems')).map((i) => `${i.kind}:${i.priority}`)).toEqual(['quiet-request:0']);
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByTestId('staff-waiting')).toBeVisible();
});

test('"Necesito a alguien ahora" with no channel says where staff are, in Spanish', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Pedir ayuda en privado' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Necesito a alguien ahora' }).click();
  await expect(dialog.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  await expect(dialog).toContainText('Por favor, ve ahora a la oficina del personal.');
  await expect(dialog).not.toContainText('Ya avisamos');
});

test('a watch word alone holds the share for staff as usual, with no support card and no alert', async ({ page }) => {
  await page.goto('/');
  await changeHouseSettings(page, { watchWords: ['blue magic'] });
  await sendAlertsTo(page, mail, webhook);
  await openBoard(page, 'What helped');
  await postShare(page, 'anyone got some blue magic');
  await expect(page.getByTestId('compose-result')).toContainText('A staff member will read it first, then it will appear.');
  await expect(page.getByTestId('support-card')).toHaveCount(0);
  const [held] = (await readAll<StoredShare>(page, 'shares')).filter((s) => s.text === 'anyone got some blue magic');
  expect(held).toMatchObject({ status: 'held', holdReasons: ['watch-word'] });
  expect(await readAll<StoredReviewItem>(page, 'reviewItems')).toEqual([expect.objectContaining({ kind: 'share', priority: 4 })]);
  expect(webhook.received).toEqual([]);
});

test('the chime plays for an alert raised at the wall only when the house turned it on', async ({ page }) => {
  await page.addInitScript(() => {
    const started: number[] = [];
    (window as unknown as { chimeNotes: number[] }).chimeNotes = started;
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      override createOscillator() {
        const tone = super.createOscillator();
        const start = tone.start.bind(tone);
        tone.start = (when?: number) => {
          started.push(tone.frequency.value);
          start(when);
        };
        return tone;
      }
    };
  });
  const notes = () => page.evaluate(() => (window as unknown as { chimeNotes: number[] }).chimeNotes.length);
  await page.goto('/');
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await page.getByRole('button', { name: 'I need someone now' }).click();
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  expect(await notes()).toBe(0);

  await changeHouseSettings(page, { alertChime: true });
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await page.getByRole('button', { name: 'I need someone now' }).click();
  await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  await expect.poll(notes).toBe(2);
});

test('"What this screen keeps" says what leaves the machine, when, and that it carries no words and no name, in both languages', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'What this screen keeps' }).click();
  const item = (title: string) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  const alerts = item('When someone needs staff now');
  await expect(alerts).toContainText('Staff get an alert if you ask for someone now, or a share needs them.');
  await expect(alerts).toContainText('It goes only by e-mail or web message, if staff turned those on.');
  await expect(alerts).toContainText('It has the house and the time, never your words or a name.');
  await expect(page.getByRole('main')).not.toContainText('Nothing is sent anywhere');
  await page.screenshot({ path: testInfo.outputPath('privacy-en.png'), fullPage: true });

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Lo que guarda esta pantalla' }).click();
  const avisos = item('Cuando alguien necesita al personal ya');
  await expect(avisos).toContainText('Lleva la casa y la hora, nunca tus palabras ni un nombre.');
  await expect(page.getByRole('main')).toContainText('Todo se queda aquí, salvo un aviso corto si alguien necesita al personal ya.');
});
