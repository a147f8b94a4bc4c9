import * as v from 'valibot';
import { PhraseListSchema, type ModerationLists } from '../../../../shared/moderation';
import crisisEn from '../../../../resources/moderation/crisis.en.json';
import crisisEs from '../../../../resources/moderation/crisis.es.json';
import slursEn from '../../../../resources/moderation/slurs.en.json';
import slursEs from '../../../../resources/moderation/slurs.es.json';

const phrases = (...lists: unknown[]) => lists.flatMap((list) => v.parse(PhraseListSchema, list).phrases);

/**
 * The house's word lists, English and Spanish together: a share's language is not known, and a
 * resident may mix both. Bundled with the renderer, so the wall never waits for a file.
 */
export const moderationLists: ModerationLists = {
  crisis: phrases(crisisEn, crisisEs),
  slurs: phrases(slursEn, slursEs),
};
