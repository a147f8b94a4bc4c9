import { inProcessKiosk } from './inProcessKiosk';

/*
 * The page around the renderer's state classes, for each test file: `window` is the global object
 * with the in-process kiosk on it (read once, where lib/kiosk.ts reads window.kiosk), a document
 * with just what the state classes touch, frames on timers, and a local storage in memory.
 */
const { kiosk, main, speech } = inProcessKiosk();

class MemoryStorage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
}

const page = globalThis as unknown as Record<string, unknown>;
page.window = globalThis;
page.kiosk = kiosk;
page.hearthMain = main;
page.hearthSpeech = speech;
page.document ??= {
  documentElement: { lang: 'en' },
  activeElement: null,
  querySelector: () => null,
  addEventListener: () => {},
  removeEventListener: () => {},
};
page.localStorage ??= new MemoryStorage();
page.location ??= { reload: () => {} };
page.requestAnimationFrame ??= (callback: (time: number) => void) => setTimeout(() => callback(performance.now()), 16) as unknown as number;
page.cancelAnimationFrame ??= (frame: number) => clearTimeout(frame);
