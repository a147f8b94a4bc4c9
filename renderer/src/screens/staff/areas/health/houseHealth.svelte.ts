import { worstLevel, type HealthCheck, type HealthCheckId, type HealthLevel } from './healthChecks';
import { houseChecks, readHouseFacts, type HouseCheck, type HouseFacts } from './houseChecks';

/** A check whose figures could not be read: amber, saying so, instead of hiding the line. */
function unreadable(id: HealthCheckId): HealthCheck {
  return { id, level: 'watch', says: [{ key: 'records:health.unreadable' }] };
}

/** The House health page: every check, judged afresh when staff open the page or ask again. */
export class HouseHealth {
  checks = $state.raw<HealthCheck[]>([]);
  checking = $state(false);
  /** When the checks were last read, for "Checked at". */
  checkedAt = $state<number | null>(null);
  /** The most serious level of all the checks: the page's colour at a glance. */
  overall: HealthLevel = $derived(worstLevel(this.checks.map((check) => check.level)));

  readonly #list: readonly HouseCheck[];
  readonly #facts: () => HouseFacts;

  constructor(list: readonly HouseCheck[] = houseChecks, facts: () => HouseFacts = readHouseFacts) {
    this.#list = list;
    this.#facts = facts;
  }

  async refresh() {
    if (this.checking) return;
    this.checking = true;
    try {
      const facts = this.#facts();
      this.checks = await Promise.all(
        this.#list.map((entry) =>
          entry.judge(facts).catch((error: unknown) => {
            console.error(`[health] The ${entry.id} check could not read its figures.`, error);
            return unreadable(entry.id);
          }),
        ),
      );
      this.checkedAt = facts.now();
    } finally {
      this.checking = false;
    }
  }
}
