import type { Occurrence } from '../../../shared/schedule/occurrence';
import { follow } from '../db/live.svelte';
import { findOccurrence } from '../db/repositories/schedule';

/**
 * One session, looked up by its key and kept live, so the details screen follows a staff edit
 * (a cancellation, a move) while it is open. Create it while a component initialises.
 */
export class SessionDetailsState {
  occurrence = $state.raw<Occurrence | undefined>(undefined);
  loaded = $state(false);
  failed = $state(false);

  constructor(occurrenceKey: () => string, find: (key: string) => Promise<Occurrence | undefined> = findOccurrence) {
    $effect(() => {
      const key = occurrenceKey();
      return follow(
        () => find(key),
        (occurrence) => {
          this.occurrence = occurrence;
          this.loaded = true;
        },
        () => {
          this.failed = true;
          this.loaded = true;
        },
      );
    });
  }
}
