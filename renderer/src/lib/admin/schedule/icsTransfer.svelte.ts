import type { Group } from '../../../../../shared/model';
import { IcsImportError, icsToGroups, type IcsSkipped } from '../../../../../shared/schedule/ics';
import { exportIcs, importIcs, listGroups } from '../../../db/repositories/schedule';
import { FileTransferError, openTextFile, saveTextFile } from '../../files';
import { staffSession } from '../../staffSession.svelte';
import type { Notice } from '../notice.svelte';
import { problemNotice } from '../saveProblems';

/** What an .ics file would change, shown before anything is written. */
export interface IcsPreview {
  fileName: string;
  text: string;
  /** Groups the house does not have yet. */
  added: Group[];
  /** Groups with the id of one the house has: the file's version replaces it. */
  replaced: Group[];
  /** Cancelled and moved sessions in the file. */
  sessionChanges: number;
  /** Events left out, with why. */
  skipped: IcsSkipped[];
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
      await staffSession.record('admin.scheduleExported', `${groups.length} groups`);
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
      const imported = await importIcs(preview.text);
      await staffSession.record(
        'admin.scheduleImported',
        `${preview.fileName}: ${preview.added.length} added, ${preview.replaced.length} replaced, ${imported.skipped.length} left out`,
      );
      this.preview = null;
      this.#notice.done('admin:ics.imported', { count: imported.groups.length });
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
    if (error instanceof FileTransferError) this.#notice.error(`admin:ics.fileErrors.${error.reason}`);
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
    const read = icsToGroups(text);
    return {
      fileName,
      text,
      added: read.groups.filter((group) => !known.has(group.id)),
      replaced: read.groups.filter((group) => known.has(group.id)),
      sessionChanges: read.exceptions.length,
      skipped: read.skipped,
    };
  } catch (error) {
    if (error instanceof IcsImportError && error.code === 'no-usable-events') {
      return { fileName, text, added: [], replaced: [], sessionChanges: 0, skipped: error.skipped };
    }
    throw error;
  }
}
