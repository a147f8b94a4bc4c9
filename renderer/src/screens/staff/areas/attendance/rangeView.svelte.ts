import { addDays } from '../../../../../../shared/schedule/localTime';
import { loadRangeReport, type RangeReport } from './rangeReport';

/** A date range (four weeks up to today to start with) and its report, read again whenever the range changes. */
export class RangeView {
  from = $state('');
  to = $state('');
  report = $state.raw<RangeReport | null>(null);
  failed = $state(false);

  constructor(today: string) {
    this.to = today;
    this.from = addDays(today, -27);
  }

  async load(from: string, to: string) {
    try {
      const report = await loadRangeReport(from, to);
      // A slower, older answer must not replace the newer range's.
      if (from === this.from && to === this.to) {
        this.report = report;
        this.failed = false;
      }
    } catch (error) {
      console.error('[attendance]', error);
      this.failed = true;
    }
  }
}
