import { join } from 'node:path';
import Conf from 'conf';
import { StoreUnreadableError, type KeyValueStore, type StoreOptions } from './keyValueStore';

/** Conf-backed store for tests and the web preview. Never clears an unreadable file. */
export function openConfStore({ cwd, name }: StoreOptions): KeyValueStore {
  // Conf reads the file as it opens it, so a damaged file must already be reported here.
  const conf = readingStore(join(cwd, `${name}.json`), () =>
    new Conf<Record<string, unknown>>({
      cwd,
      configName: name,
      projectName: 'hearth',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    }),
  );
  return wrapStore(conf);
}

interface ConfLike {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  readonly path: string;
}

/** Turns the library's parse errors into StoreUnreadableError, the one error main handles. */
function readingStore<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SyntaxError || (error instanceof Error && error.message.includes('Config schema violation'))) {
      throw new StoreUnreadableError(path, error);
    }
    throw error;
  }
}

export function wrapStore(conf: ConfLike): KeyValueStore {
  const guard = <T>(work: () => T): T => readingStore(conf.path, work);
  return {
    get: (key) => guard(() => conf.get(key)),
    set: (key, value) => guard(() => conf.set(key, value)),
    delete: (key) => guard(() => conf.delete(key)),
    get path() {
      return conf.path;
    },
  };
}
