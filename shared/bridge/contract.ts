import * as v from 'valibot';
import { channel, NoPayload, type AnySchema, type BridgeResult, type Channel } from './channel';
import {
  AlertSettingsPatchSchema,
  WallAlertKindSchema,
  type AlertSettingsView,
  type AlertStatus,
  type DeliveryRecord,
  type OpenAlert,
  type RaiseResult,
} from '../alerts';
import {
  BackupFileNameSchema,
  BackupPassphraseSchema,
  BackupSchedulePatchSchema,
  type BackupAttempt,
  type BackupStatus,
  type OpenedBackup,
  type PassphraseResult,
  type StoredBackup,
} from '../backups';
import type { MainHealth } from '../health';
import { HouseSettingsPatchSchema, type HouseSettings } from '../settings';
import { SpeechRequestSchema, type SpeechResult } from '../speech';
import {
  PinSchema,
  RecoveryCodeInputSchema,
  StaffIdSchema,
  StaffNameSchema,
  type PinCheckResult,
  type RecoverResult,
  type SetupResult,
  type StaffMember,
  type StaffSessionInfo,
  type StaffStatus,
  type UnlockResult,
} from '../staff';

/** The largest file staff may save or open through the bridge: a backup of years of records fits well within it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A backup's text as the renderer makes it. */
const BackupTextSchema = v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES));
/** A sealed backup is a third larger than the backup in it. */
export const MAX_SEALED_FILE_BYTES = Math.ceil(MAX_FILE_BYTES * 1.4);

/** A file name without any folder: the save dialog starts with it. */
const SuggestedFileNameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(120), v.regex(/^[^/\\\0:*?"<>|]+$/), v.regex(/^[^.]/));
const MimeTypeSchema = v.pipe(v.string(), v.maxLength(100), v.regex(/^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=[\w.+-]+)*$/));
/** An extension without its dot, e.g. 'json', 'ics'. */
const FileExtensionSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]{1,10}$/i));

export interface OpenedFile {
  /** The file's name, without its folder. */
  name: string;
  text: string;
}

export interface AppInfo {
  version: string;
  /** True when served by the web preview rather than Electron. */
  preview: boolean;
  /** True when the preview was started with --demo and the database should hold the example house. */
  demo: boolean;
  /** Main's files (e.g. 'staff.json') that were damaged and put back from their last-known-good copy. */
  restoredFiles: { file: string; at: number }[];
}

/**
 * The whole bridge. Each area's verbs become `window.kiosk.<area>.<verb>()` in the
 * renderer and the IPC channel `kiosk:<area>:<verb>` in main.
 */
export const contract = {
  app: {
    info: channel<AppInfo>()(NoPayload),
    /** The example house's data, for the renderer to put in its database. */
    exampleHouse: channel<Record<string, unknown[]>>()(NoPayload),
    /** Staff only: refused unless staff mode is unlocked. */
    exitKiosk: channel<void>()(NoPayload),
    /** Staff only: version, up since, free disk, main's files and the problems main noted, for House health. */
    health: channel<MainHealth>()(NoPayload),
  },
  settings: {
    get: channel<HouseSettings>()(NoPayload),
    /** Staff only: refused unless staff mode is unlocked. */
    update: channel<HouseSettings>()(v.object({ patch: HouseSettingsPatchSchema })),
  },
  /** Staff accounts and the staff session; PINs are checked in main only and no hash ever leaves it. */
  staff: {
    status: channel<StaffStatus>()(NoPayload),
    /** First run only: the first account; answers the recovery code once. */
    setup: channel<SetupResult>()(v.object({ name: StaffNameSchema, pin: PinSchema })),
    unlock: channel<UnlockResult>()(v.object({ staffId: StaffIdSchema, pin: PinSchema })),
    lock: channel<void>()(NoPayload),
    /** Staff activity in the renderer; answers the session, or null once main has relocked. */
    touch: channel<StaffSessionInfo | null>()(NoPayload),
    recover: channel<RecoverResult>()(
      v.object({ code: RecoveryCodeInputSchema, staffId: StaffIdSchema, newPin: PinSchema }),
    ),
    // The verbs below need an unlocked session.
    addStaff: channel<StaffMember>()(v.object({ name: StaffNameSchema, pin: PinSchema })),
    removeStaff: channel<StaffMember>()(v.object({ staffId: StaffIdSchema })),
    changeOwnPin: channel<PinCheckResult>()(v.object({ currentPin: PinSchema, newPin: PinSchema })),
    regenerateRecoveryCode: channel<{ recoveryCode: string }>()(NoPayload),
  },
  /**
   * Telling a person (shared/alerts.ts). The wall may raise an alert and read whether any waits;
   * everything else needs an unlocked session.
   */
  alerts: {
    /** An urgent hold or an urgent request for staff: lights the Staff button and goes out on the channels. */
    raise: channel<RaiseResult>()(v.object({ kind: WallAlertKindSchema })),
    status: channel<AlertStatus>()(NoPayload),
    // The verbs below need an unlocked session.
    open: channel<OpenAlert[]>()(NoPayload),
    /** A staff member has checked on the person: without an id, every waiting alert. */
    acknowledge: channel<AlertStatus>()(v.object({ id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))) })),
    settings: channel<AlertSettingsView>()(NoPayload),
    updateSettings: channel<AlertSettingsView>()(v.object({ patch: AlertSettingsPatchSchema })),
    /** Sends a test alert on every channel turned on; answers whether one accepted it. */
    test: channel<RaiseResult>()(NoPayload),
    /** The newest delivery attempts first, at most 200. */
    deliveries: channel<DeliveryRecord[]>()(NoPayload),
  },
  /**
   * Backups sealed with the house's passphrase (shared/backups.ts). The wall asks whether the daily
   * backup is due and hands main its text; everything else needs an unlocked session.
   */
  backups: {
    due: channel<boolean>()(NoPayload),
    /** Answers null when no backup was due. */
    runDaily: channel<BackupAttempt | null>()(v.object({ text: BackupTextSchema })),
    // The verbs below need an unlocked session.
    status: channel<BackupStatus>()(NoPayload),
    /** Changing the passphrase needs the current one. */
    setPassphrase: channel<PassphraseResult>()(v.object({ passphrase: BackupPassphraseSchema, current: v.optional(v.pipe(v.string(), v.maxLength(200))) })),
    /** Answers null when the staff member cancelled. */
    chooseFolder: channel<BackupStatus | null>()(NoPayload),
    updateSchedule: channel<BackupStatus>()(v.object({ patch: BackupSchedulePatchSchema })),
    /** A backup into the folder now, sealed and checked. */
    writeNow: channel<BackupAttempt>()(v.object({ text: BackupTextSchema })),
    /** The backup sealed, for staff to save as a file. */
    seal: channel<string>()(v.object({ text: BackupTextSchema })),
    list: channel<StoredBackup[]>()(NoPayload),
    open: channel<OpenedBackup>()(v.object({ name: BackupFileNameSchema, passphrase: v.pipe(v.string(), v.maxLength(200)) })),
    unseal: channel<OpenedBackup>()(v.object({ text: v.pipe(v.string(), v.maxLength(MAX_SEALED_FILE_BYTES)), passphrase: v.pipe(v.string(), v.maxLength(200)) })),
  },
  /**
   * "Read to me" (shared/speech.ts): the wall's words spoken on this machine by espeak-ng. Open to
   * the wall, as a resident taps it; one reading at a time.
   */
  speech: {
    say: channel<SpeechResult>()(SpeechRequestSchema),
  },
  /**
   * Staff only: text files through main's save and open dialogs (the renderer never touches the
   * file system). At most MAX_FILE_BYTES; an open file must be UTF-8 text.
   */
  files: {
    save: channel<'saved' | 'cancelled'>()(
      v.object({
        suggestedName: SuggestedFileNameSchema,
        mimeType: MimeTypeSchema,
        text: v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES)),
      }),
    ),
    /** Answers null when the staff member cancelled. */
    open: channel<OpenedFile | null>()(
      v.object({ extensions: v.pipe(v.array(FileExtensionSchema), v.minLength(1), v.maxLength(10)) }),
    ),
  },
} satisfies Record<string, Record<string, Channel<AnySchema, unknown>>>;

export type Contract = typeof contract;
export type Area = keyof Contract;
export type Verb<A extends Area> = keyof Contract[A] & string;

export type RequestOf<C> = C extends Channel<infer Req, unknown> ? v.InferInput<Req> : never;
export type ResponseOf<C> = C extends Channel<AnySchema, infer Res> ? Res : never;

export function channelName(area: string, verb: string): string {
  return `kiosk:${area}:${verb}`;
}

/** Every channel of the contract, flat, for registering handlers and building the preload. */
export function channels(): { area: string; verb: string; name: string; request: AnySchema }[] {
  return Object.entries(contract).flatMap(([area, verbs]) =>
    Object.entries(verbs as Record<string, Channel<AnySchema, unknown>>).map(([verb, ch]) => ({
      area,
      verb,
      name: channelName(area, verb),
      request: ch.request,
    })),
  );
}

/** What `window.kiosk` looks like: every call resolves to a result, never throws across the bridge. */
export type KioskApi = {
  [A in Area]: {
    [V in Verb<A>]: (request?: RequestOf<Contract[A][V]>) => Promise<BridgeResult<ResponseOf<Contract[A][V]>>>;
  };
};

/** The handlers main implements: one per channel, receiving the parsed request. */
export type HandlerTable = {
  [A in Area]: {
    [V in Verb<A>]: (
      request: v.InferOutput<Contract[A][V] extends Channel<infer Req, unknown> ? Req : never>,
    ) => Promise<ResponseOf<Contract[A][V]>> | ResponseOf<Contract[A][V]>;
  };
};
