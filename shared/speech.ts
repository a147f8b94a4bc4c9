import * as v from 'valibot';
import { LocaleSchema } from './locale';

/**
 * "Read to me": the words of a wall screen, spoken on this machine by espeak-ng, run from main.
 * Nothing is sent anywhere and nothing is kept: the words go in, a WAV comes back to the wall.
 */

/** The most a screen asks to be read at once; a longer screen is read up to here. */
export const MAX_SPOKEN_CHARACTERS = 2000;

export const SpeechRequestSchema = v.object({
  text: v.pipe(v.string(), v.trim(), v.minLength(1, 'some words to read'), v.maxLength(MAX_SPOKEN_CHARACTERS)),
  lang: LocaleSchema,
});
export type SpeechRequest = v.InferOutput<typeof SpeechRequestSchema>;

/**
 * Why nothing was spoken: espeak-ng is not installed on this machine; a newer request took its
 * place (one reading at a time); or espeak-ng failed or took too long.
 */
export const SPEECH_PROBLEMS = ['unavailable', 'replaced', 'failed'] as const;
export type SpeechProblem = (typeof SPEECH_PROBLEMS)[number];

/** The spoken words as a WAV file, base64 (the bridge carries JSON in the web preview), or why there are none. */
export type SpeechResult = { spoken: true; wav: string } | { spoken: false; problem: SpeechProblem };
