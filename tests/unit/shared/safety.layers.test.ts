import { describe, expect, it, vi } from 'vitest';
import { checkShare, type ShareCheckOptions } from '../../../shared/moderation';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

/** A classifier and a personal-data check that fail, as a corrupt model file or a bug would. */
vi.mock('../../../shared/moderation/classifier', async (original) => ({
  ...(await original<typeof import('../../../shared/moderation/classifier')>()),
  loadSafetyClassifier: () => ({
    score: () => 0,
    holds: () => {
      throw new Error('model unreadable');
    },
  }),
}));
vi.mock('../../../shared/moderation/personalData', async (original) => {
  const real = await original<typeof import('../../../shared/moderation/personalData')>();
  return {
    ...real,
    containsPersonalData: (text: string) => {
      if (text.includes('garden')) throw new Error('broken pattern');
      return real.containsPersonalData(text);
    },
  };
});

const options: ShareCheckOptions = { maxLength: 1000, lists: moderationLists, rosterNames: [], preModeration: false };

describe('a layer that throws', () => {
  it('holds the share for a person when the classifier fails', () => {
    expect(checkShare('The soup was warm today', options)).toEqual({
      kind: 'hold',
      text: 'The soup was warm today',
      reasons: ['pre-moderation'],
      crisis: false,
      severity: null,
    });
  });

  it('keeps what the other layers found when one fails', () => {
    expect(checkShare('I want to die. The garden is nice', options)).toMatchObject({
      kind: 'hold',
      reasons: ['crisis', 'pre-moderation'],
      crisis: true,
    });
  });
});
