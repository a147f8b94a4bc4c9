import { MAX_SPOKEN_CHARACTERS } from '../../../shared/speech';

/** Never read: hidden from sight or from screen readers, form fields, pictures, and what asks not to be read (the Read to me button). */
const NEVER_READ = '[hidden], [aria-hidden="true"], .visually-hidden, [data-read-aloud="skip"], input, textarea, select, svg, img, script, style, template';

/**
 * The words a resident can see in `root`, in reading order, as short lines each ending in a
 * pause: what "Read to me" says. Nothing hidden is read. A button that only names an action
 * ("I relate", "Tap to join") is left out, or it would repeat after every share; a button that
 * holds a card's words (a session's time, title and room) is read. At most
 * MAX_SPOKEN_CHARACTERS, cut between lines.
 */
export function screenWords(root: Element, intro: string[] = []): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const words = line.replace(/\s+/g, ' ').trim();
    if (words) lines.push(words);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof HTMLElement) || !shown(node)) return;
    const separate = getComputedStyle(node).display !== 'inline';
    if (separate) endLine();
    for (const child of node.childNodes) walk(child);
    if (separate) endLine();
  };
  walk(root);
  endLine();
  return fitted([...intro.map((words) => words.trim()).filter(Boolean), ...lines].map(withPause));
}

function shown(element: HTMLElement): boolean {
  if (element.matches(NEVER_READ)) return false;
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  if (element.matches('button, [role="button"]') && !holdsWords(element)) return false;
  return true;
}

/** A button whose words are in two or more parts of it (a time, a title, a room): a card, not an action. */
function holdsWords(button: HTMLElement): boolean {
  const parts = new Set<Element>();
  const texts = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    const part = text.parentElement;
    if (part && text.textContent?.trim() && !part.closest(NEVER_READ)) parts.add(part);
  }
  return parts.size >= 2;
}

/** A line ends with a stop, so the voice pauses between a title, its time and its room. */
function withPause(words: string): string {
  return /[.!?:;…]$/.test(words) ? words : `${words}.`;
}

function fitted(lines: string[]): string {
  let text = '';
  for (const words of lines) {
    const next = text ? `${text}\n${words}` : words;
    if (next.length > MAX_SPOKEN_CHARACTERS) return text || words.slice(0, MAX_SPOKEN_CHARACTERS);
    text = next;
  }
  return text;
}
