import { listActiveBoards } from '../../db/repositories/boards';
import { LiveList } from '../../db/live.svelte';

/**
 * The wall's boards list, kept live for its whole life from the first visit to the boards (`keep()`),
 * as the schedule is: a board staff add or switch off (or the example house arriving) shows at
 * once, and going back to the boards reads nothing.
 */
export const activeBoards = new LiveList(listActiveBoards);
