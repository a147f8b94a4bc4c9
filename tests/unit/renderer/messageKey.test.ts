import { describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '../../../renderer/src/lib/messageKey';

vi.stubGlobal('document', { documentElement: { lang: 'en' } });
const { language, t } = await import('../../../renderer/src/lib/i18n.svelte');

/**
 * MessageKey is read from the English locale files: every text's key type-checks, anything else
 * does not.
 */
describe('a message key', () => {
  it('names a text in a namespace, a common text without one, and a plural text by its bare key', async () => {
    await language.loadStaffText();
    language.set('en');
    const keys: Record<string, MessageKey> = {
      'Read to me': 'readAloud.read',
      'I relate': 'boards:relate',
      'Act now': 'records:health.levels.act',
      '2 minutes left': 'home:minutesLeft',
    };
    for (const [text, key] of Object.entries(keys)) expect(t(key, { count: 2 })).toBe(text);
  });

  // Checked by the type check alone: each line fails it if MessageKey ever takes that string.
  // @ts-expect-error a key English does not have
  const _unknown: MessageKey = 'home:noSuchText';
  // @ts-expect-error a text in the wrong namespace
  const _elsewhere: MessageKey = 'home:relate';
  // @ts-expect-error a group of texts is not a text
  const _group: MessageKey = 'readAloud';
  // @ts-expect-error a plural form is asked for by its bare key and a count
  const _pluralForm: MessageKey = 'home:minutesLeft_one';
  // @ts-expect-error a common text is named without its namespace
  const _commonNamed: MessageKey = 'common:readAloud.read';
});
