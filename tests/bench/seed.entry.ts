// The benchmark's in-page helper: seeds the house through the real backup parser and restore
// repository, and times the real board page query. Built to <out>/bench/seed.js; the wall never loads it.
import { backupText, makeBackup, parseBackup } from '../../shared/backup';
import { restoreBackup } from '../../renderer/src/db/repositories/backup';
import { publishedSharesPage } from '../../renderer/src/db/repositories/shares';
import { twoYearHouse } from './twoYearHouse';

declare global {
  interface Window {
    hearthBench: typeof hearthBench;
  }
}

const hearthBench = {
  async seed() {
    const now = Date.now();
    const parsed = parseBackup(backupText(makeBackup(twoYearHouse(now), now)));
    if (!parsed.ok) throw new Error(`The bench house is not a valid backup: ${JSON.stringify(parsed.problem)}`);
    const { written } = await restoreBackup(parsed.backup);
    return { written };
  },

  /** Milliseconds for each query of one page of the busiest board, walking several pages in. */
  async boardPageQueries(runs: number) {
    const timings: number[] = [];
    let cursor = null;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const page = await publishedSharesPage('bench-board-0', cursor);
      timings.push(performance.now() - start);
      if (page.shares.length === 0) throw new Error('The busiest board has no shares.');
      cursor = i % 3 === 2 ? null : page.next;
    }
    return timings;
  },
};

window.hearthBench = hearthBench;
