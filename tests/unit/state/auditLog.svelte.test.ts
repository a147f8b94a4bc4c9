import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, recordStaffAction } from '../../../renderer/src/db/repositories/audit';
import { language } from '../../../renderer/src/lib/i18n.svelte';
import { AuditView, auditActionLabel } from '../../../renderer/src/screens/staff/areas/audit/auditView.svelte';

/** The audit log area: a page of entries at a time, newest first, each action in the staff member's words. */

const sam = { staffId: 's1', name: 'Sam' };
const START = Date.UTC(2026, 11, 1, 9);

beforeAll(async () => {
  await language.loadStaffText();
  for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) await recordStaffAction(sam, 'staff.unlocked', `entry ${i}`, START + i * 60_000);
});

afterEach(() => language.set('en'));

describe('the audit log', () => {
  it('is not loaded until its first page is read', () => {
    const view = new AuditView();
    expect(view.loaded).toBe(false);
    expect(view.entries).toEqual([]);
  });

  it('shows the newest entries first, a page at a time, and says when older ones follow', async () => {
    const view = new AuditView();
    await view.show(0);
    expect(view.loaded).toBe(true);
    expect(view.page).toBe(0);
    expect(view.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(view.entries[0]?.detail).toBe(`entry ${AUDIT_PAGE_SIZE + 2}`);
    expect(view.hasMore).toBe(true);
    await view.show(1);
    expect(view.page).toBe(1);
    expect(view.entries.map((e) => e.detail)).toEqual(['entry 2', 'entry 1', 'entry 0']);
    expect(view.hasMore).toBe(false);
  });

  it('follows new entries when a page is read again', async () => {
    const view = new AuditView();
    await view.show(0);
    await recordStaffAction(sam, 'staff.settingsChanged', 'newest', START + 3_600_000);
    await view.show(0);
    expect(view.entries[0]?.detail).toBe('newest');
  });

  it('names each action in the staff member’s language, and an action nobody named as itself', () => {
    expect(auditActionLabel('staff.unlocked')).toBe('Opened staff mode');
    language.set('es');
    expect(auditActionLabel('staff.unlocked')).toBe('Abrió el modo del personal');
    expect(auditActionLabel('staff.somethingNew')).toBe('staff.somethingNew');
    expect(auditActionLabel('plain')).toBe('plain');
  });

  it('reads a stored name that only looks like an action, or that every object has, as itself', () => {
    language.set('en');
    // staff:audit.intro is the page's own text, not an action's.
    for (const stored of ['staff.intro', 'constructor', 'toString', '__proto__', 'records.constructor']) expect(auditActionLabel(stored)).toBe(stored);
  });
});
