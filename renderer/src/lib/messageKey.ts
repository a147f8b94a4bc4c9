import type admin from '../locales/en/admin.json';
import type boards from '../locales/en/boards.json';
import type common from '../locales/en/common.json';
import type home from '../locales/en/home.json';
import type records from '../locales/en/records.json';
import type recovery from '../locales/en/recovery.json';
import type signin from '../locales/en/signin.json';
import type staff from '../locales/en/staff.json';

/**
 * Every text's key, read from the English locale files: a key that names no English text does not
 * type-check. Spanish is held to the same keys by a unit test (tests/unit/renderer/localeParity).
 */
type English = { admin: typeof admin; boards: typeof boards; home: typeof home; records: typeof records; recovery: typeof recovery; signin: typeof signin; staff: typeof staff };

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** `x_one`, `x_other`… are one text, asked for as `x` with a `count`. */
type Bare<K extends string> = [PluralBase<K>] extends [never] ? K : PluralBase<K>;
type PluralBase<K extends string> = { [F in PluralForm]: K extends `${infer Base}_${F}` ? Base : never }[PluralForm];

/** The dotted paths to the texts in one locale file. */
type TextPaths<T> = { [K in keyof T & string]: T[K] extends string ? Bare<K> : `${K}.${TextPaths<T[K]>}` }[keyof T & string];

/** `ns:a.b` for a text in namespace `ns`; a text in `common` is `a.b` alone. */
export type MessageKey = TextPaths<typeof common> | { [N in keyof English]: `${N}:${TextPaths<English[N]>}` }[keyof English];
