export { normaliseShareText, shareLength } from './normalise';
export {
  checkShare,
  holdReasonsFor,
  PhraseListSchema,
  type ModerationLists,
  type PhraseList,
  type ShareCheck,
  type ShareCheckOptions,
} from './checkShare';
export { containsEmail, containsPersonalData, containsPhoneNumber, containsStreetAddress } from './personalData';
