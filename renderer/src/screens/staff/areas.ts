import type { Component } from 'svelte';
import AttendanceArea from './areas/attendance/AttendanceArea.svelte';
import AuditLogArea from './areas/audit/AuditLogArea.svelte';
import BackupArea from './areas/backup/BackupArea.svelte';
import BoardsArea from './areas/boards/BoardsArea.svelte';
import ExitKioskArea from './areas/exit/ExitKioskArea.svelte';
import HealthArea from './areas/health/HealthArea.svelte';
import NeedsArea from './areas/needs/NeedsArea.svelte';
import { waitingNow } from './areas/needs/needsYouNow.svelte';
import QuietRequestsArea from './areas/quiet/QuietRequestsArea.svelte';
import ResidentsArea from './areas/residents/ResidentsArea.svelte';
import ReviewQueueArea from './areas/review/ReviewQueueArea.svelte';
import { waitingForStaff } from './areas/review/reviewCounts.svelte';
import ScheduleArea from './areas/schedule/ScheduleArea.svelte';
import SettingsArea from './areas/settings/SettingsArea.svelte';
import StaffAccountsArea from './areas/accounts/StaffAccountsArea.svelte';
import type { MessageKey } from '../../lib/messageKey';

/** One area of staff mode: a button in the shell's list and the component shown when it is chosen. */
export interface StaffArea {
  id: string;
  /** Locale key of the area's name, e.g. 'staff:areas.settings'. */
  labelKey: MessageKey;
  /** Takes no props; it reads staffSession for who is signed in. */
  component: Component;
  /** Something waiting for staff (e.g. shares to review), shown beside the name; read reactively. Never a ranking. */
  badge?: () => number | null;
}

/** Staff mode's areas, in the order the shell lists them. One line per area. */
export const staffAreas: readonly StaffArea[] = [
  { id: 'needs', labelKey: 'records:areas.needs', component: NeedsArea, badge: () => waitingNow.needs.length },
  { id: 'schedule', labelKey: 'admin:areas.schedule', component: ScheduleArea },
  { id: 'residents', labelKey: 'admin:areas.residents', component: ResidentsArea },
  { id: 'boards', labelKey: 'admin:areas.boards', component: BoardsArea },
  { id: 'review', labelKey: 'records:areas.review', component: ReviewQueueArea, badge: () => waitingForStaff.shares.current },
  { id: 'quiet', labelKey: 'records:areas.quiet', component: QuietRequestsArea, badge: () => waitingForStaff.quietRequests.current },
  { id: 'attendance', labelKey: 'records:areas.attendance', component: AttendanceArea },
  { id: 'accounts', labelKey: 'staff:areas.accounts', component: StaffAccountsArea },
  { id: 'settings', labelKey: 'staff:areas.settings', component: SettingsArea },
  { id: 'backup', labelKey: 'records:areas.backup', component: BackupArea },
  { id: 'health', labelKey: 'records:areas.health', component: HealthArea },
  { id: 'audit', labelKey: 'staff:areas.audit', component: AuditLogArea },
  { id: 'exit', labelKey: 'staff:areas.exit', component: ExitKioskArea },
];

/** Where unlocking lands when nothing waits for staff; when something does, it lands on 'needs'. */
export const FIRST_AREA = 'schedule';
