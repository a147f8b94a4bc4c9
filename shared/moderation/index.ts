export { normaliseShareText, shareLength } from './normalise';
export {
  checkShare,
  holdFindingFor,
  holdReasonsFor,
  PhraseListSchema,
  type HoldFinding,
  type ModerationLists,
  type PhraseList,
  type ShareCheck,
  type ShareCheckOptions,
} from './checkShare';
export { containsEmail, containsPersonalData, containsPhoneNumber, containsStreetAddress } from './personalData';
export { type CrisisSeverity, type CrisisFinding, findCrisis } from './crisis';
export { crisisPatternHits } from './patterns';
