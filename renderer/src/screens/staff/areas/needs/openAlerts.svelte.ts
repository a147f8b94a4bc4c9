import type { OpenAlert } from '../../../../../../shared/alerts';
import { kiosk } from '../../../../lib/kiosk';
import { staffAlerts } from '../../../../lib/staffAlerts.svelte';
import { staffSession } from '../../../../lib/staffSession.svelte';

/**
 * The alerts main holds open, as staff mode last read them. Main owns them (the wall's Staff
 * button shows whether any waits); staff mode reads them when it opens, when "Needs you now"
 * opens, and after each acknowledgement.
 */
class OpenAlerts {
  list = $state.raw<OpenAlert[]>([]);
  /** Main could not say which alerts are open: staff mode says so rather than showing none. */
  unavailable = $state(false);
  loaded = $state(false);

  async refresh(): Promise<void> {
    const result = await kiosk.alerts.open();
    if (result.ok) {
      this.list = result.value;
      this.unavailable = false;
    } else {
      if (result.error.code === 'forbidden') staffSession.handleRefusal(result.error);
      this.unavailable = true;
    }
    this.loaded = true;
  }

  /** Marks one alert as seen to; true when main took it. */
  async acknowledge(id: string): Promise<boolean> {
    const result = await kiosk.alerts.acknowledge({ id });
    if (!result.ok) {
      if (result.error.code === 'forbidden') staffSession.handleRefusal(result.error);
      return false;
    }
    this.list = this.list.filter((alert) => alert.id !== id);
    // The wall's mark on the Staff button follows at once, not at its next read.
    void staffAlerts.refresh();
    return true;
  }
}

export const openAlerts = new OpenAlerts();
