import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openStaffArea, unlockStaff } from './staff';

/** Helpers for the schedule-area browser tests: the wall's cards, the audit log, and staff mode. */

export type WallSection = 'now' | 'up-next' | 'later' | 'day-done';

export const wallCard = (page: Page, section: WallSection, title: string) =>
  page.getByTestId(section).getByTestId('session').filter({ hasText: title });

/** The text of the newest audit log entries, newest first. */
export async function auditLines(page: Page, count: number): Promise<string[]> {
  await openStaffArea(page, 'Audit log');
  const rows = page.getByTestId('audit-log').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  return (await rows.allInnerTexts()).slice(0, count).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Locks staff mode with the Lock button and waits for the wall's home screen. */
export async function lockToWall(page: Page) {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}

/** Sets a time on the time picker named `label`: open it, tap the hour, tap the minutes (as the buttons show them). */
export async function setTime(page: Page, label: string, hour: string, minutes: string) {
  const picker = page.getByRole('group', { name: label, exact: true });
  await picker.getByRole('button', { name: `Change time: ${label}` }).click();
  await picker.getByRole('button', { name: hour, exact: true }).click();
  await expect(picker.getByText(`${label}: choose the minutes`)).toBeVisible();
  await picker.getByRole('button', { name: minutes, exact: true }).click();
  await expect(picker.getByRole('button', { name: `Change time: ${label}` })).toHaveAttribute('aria-expanded', 'false');
}

/** Unlocks staff mode again from the wall and opens one area. */
export async function backToStaff(page: Page, staff: { name: string; pin: string }, area: string) {
  await unlockStaff(page, staff);
  await openStaffArea(page, area);
}

/** An all-day event's lines after its UID: the import leaves it out, as it has no time to show on the wall. */
export const SPRING_HOLIDAY = ['DTSTART;VALUE=DATE:20260317', 'SUMMARY:Spring holiday'];

/** An .ics file's text: each event's lines inside BEGIN:VEVENT and END:VEVENT, every line ended by CRLF. */
export function icsCalendar(events: readonly (readonly string[])[], prodId?: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...(prodId ? [`PRODID:${prodId}`] : [])];
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT');
  return [...lines, 'END:VCALENDAR', ''].join('\r\n');
}
