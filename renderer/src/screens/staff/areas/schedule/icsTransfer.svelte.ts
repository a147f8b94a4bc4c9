import type { Group } from '../../../../../../shared/model';
import { IcsImportError, type IcsFixed, type IcsImport, type IcsSkipped } from '../../../../../../shared/schedule/ics';
import { MAX_GROUPS_PER_IMPORT } from '../../../../../../shared/schedule/limits';
import { exportIcs, listGroups, writeIcsImport } from '../../../../db/repositories/schedule';
import { FileTransferError, openTextFile, saveTextFile } from '../../../../lib/files';
import { staffSession } from '../../../../lib/staffSession.svelte';
import type { Notice } from '../../../../lib/staff/notice.svelte';
import { problemNotice } from '../../../../lib/staff/saveProblems';
import { readIcs } from '../../../../lib/offThread/readIcs';
import { ICS_FILE_ERROR_TEXT } from '../../../../lib/staff/icsText';
import { t } from '../../../../lib/i18n.svelte';

/** What an .ics file would change, shown before anything is written. */
export interface IcsPreview {
  fileName: string;
  /** The file as read (in a worker): Import writes exactly this. */
  read: IcsImport;
  /** Groups the house does not have yet. */
  added: Group[];
  /** Groups with the id of one the house has: the file's version replaces it. */
  replaced: Group[];
  /** Cancelled and moved sessions in the file. */
  sessionChanges: number;
  /** Events left out, with why. */
  skipped: IcsSkipped[];
  /** Groups that get the usual pictogram or colour in place of one Hearth does not have. */
  fixed: IcsFixed[];
}

/** Moving the schedule to and from .ics files, through the main process (or the browser, in the web preview). */
export class IcsTransfer {
  preview = $state.raw<IcsPreview | null>(null);
  busy = $state(false);
  readonly #notice: Notice;
  readonly #today: () => string;

  constructor(notice: Notice, today: () => string) {
    this.#notice = notice;
    this.#today = today;
  }

  async exportAll() {
    if (this.busy) return;
    this.#notice.clear();
    this.busy = true;
    try {
      const [text, groups] = await Promise.all([exportIcs(), listGroups()]);
      const outcome = await saveTextFile({ suggestedName: `hearth-schedule-${this.#today()}.ics`, mimeType: 'text/calendar', text });
      if (outcome === 'cancelled') return;
      await staffSession.record('admin.scheduleExported', t('admin:auditDetail.groups', { count: groups.length }));
      this.#notice.done('admin:ics.exported', { count: groups.length });
    } catch (error) {
      this.#fileProblem(error);
    } finally {
      this.busy = false;
    }
  }

  /** Asks for a file and reads it into a preview; nothing is written yet. */
  async chooseFile() {
    if (this.busy) return;
    this.#notice.clear();
    this.busy = true;
    try {
      const file = await openTextFile({ extensions: ['ics'] });
      if (!file) return;
      this.preview = await previewOf(file.name, file.text);
    } catch (error) {
      this.#fileProblem(error);
    } finally {
      this.busy = false;
    }
  }

  async apply() {
    const preview = this.preview;
    if (!preview || this.busy || preview.added.length + preview.replaced.length === 0) return;
    this.busy = true;
    try {
      await writeIcsImport(preview.read);
      await staffSession.record(
        'admin.scheduleImported',
        t('admin:auditDetail.imported', { name: preview.fileName, added: preview.added.length, replaced: preview.replaced.length, skipped: preview.skipped.length }),
      );
      this.preview = null;
      this.#notice.done('admin:ics.imported', { count: preview.read.groups.length });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    } finally {
      this.busy = false;
    }
  }

  closePreview = () => {
    this.preview = null;
  };

  #fileProblem(error: unknown) {
    if (error instanceof FileTransferError) this.#notice.error(ICS_FILE_ERROR_TEXT[error.reason]);
    else if (error instanceof IcsImportError && error.code === 'too-many-groups') this.#notice.error('admin:ics.errors.too-many-groups', { max: MAX_GROUPS_PER_IMPORT });
    else this.#notice.current = problemNotice(error);
    if (error instanceof FileTransferError && error.reason === 'locked') void staffSession.lock();
  }
}

/**
 * Reads the file as the import will, and sorts its groups into new and replacing. A file with no
 * usable event still gets a preview, so staff see why each event was left out.
 */
async function previewOf(fileName: string, text: string): Promise<IcsPreview> {
  const known = new Set((await listGroups()).map((group) => group.id));
  try {
    const read = await readIcs(text, { now: Date.now() });
    return {
      fileName,
      read,
      added: read.groups.filter((group) => !known.has(group.id)),
      replaced: read.groups.filter((group) => known.has(group.id)),
      sessionChanges: read.exceptions.length,
      skipped: read.skipped,
      fixed: read.fixed,
    };
  } catch (error) {
    if (error instanceof IcsImportError && error.code === 'no-usable-events') {
      const read: IcsImport = { groups: [], exceptions: [], skipped: error.skipped, fixed: [] };
      return { fileName, read, added: [], replaced: [], sessionChanges: 0, skipped: error.skipped, fixed: [] };
    }
    throw error;
  }
}
