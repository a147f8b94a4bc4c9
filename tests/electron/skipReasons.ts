import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why tests were skipped, once per reason: the list reporter shows only that they were. */
export default class SkipReasons implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason =
      test.annotations
        .filter((a) => a.type === 'skip')
        .map((a) => a.description ?? 'no reason given')
        .join('; ') || 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) console.log(`\n  ${count} Electron test(s) skipped. ${reason}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
