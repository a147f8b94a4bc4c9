import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { WCAG_AA_TAGS } from '../../e2e/axeTags';

/**
 * The browser tests' axe scans select rules by tag. These checks fail if a scanner update (or a
 * tag list change) quietly drops a rule the wall depends on.
 */
describe('the axe scans of every screen', () => {
  const rules = axe.getRules(WCAG_AA_TAGS).map((rule) => rule.ruleId);

  it('run Label in Name (WCAG 2.5.3): a control named differently from what it shows is found', () => {
    expect(rules).toContain('label-content-name-mismatch');
  });

  it('run the rules for names, contrast and target size', () => {
    expect(rules).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'target-size', 'label']));
  });

  it('use axe-core 4.14 or later, the release that runs Label in Name at level A', () => {
    const [major = 0, minor = 0] = axe.version.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(414);
  });
});
