/** Features kept as one text, parted by a separator that no feature holds; no feature is empty, so an empty text holds none. */
export interface FeatureLines {
  text: string;
  separator: string;
}

/** How many features there are, and each one's hashes and (for an error only) its text. */
function readFeatures(features: readonly string[] | FeatureLines) {
  if (Array.isArray(features)) {
    const list = features as readonly string[];
    return { size: list.length, hashesAt: (i: number) => hashes(list[i] as string, 0, (list[i] as string).length), nameAt: (i: number) => list[i] };
  }
  const { text, separator } = features as FeatureLines;
  if (text === '') return { size: 0, hashesAt: () => hashes('', 0, 0), nameAt: () => '' };
  // Where each feature ends: at each separator, and at the text's end. Each starts after the end before it.
  const ends = [-separator.length];
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + separator.length)) ends.push(at);
  ends.push(text.length);
  const bounds = Int32Array.from(ends);
  const startOf = (i: number) => (bounds[i] as number) + separator.length;
  return {
    size: bounds.length - 1,
    hashesAt: (i: number) => hashes(text, startOf(i), bounds[i + 1] as number),
    nameAt: (i: number) => text.slice(startOf(i), bounds[i + 1]),
  };
}

/**
 * Finds a feature's position in a trained model's list without keeping the list: each feature is
 * known by two 32-bit hashes of its text, held in typed arrays. Half a million features kept as
 * strings in a Map (or in wink's per-label objects) are half a million objects for the garbage
 * collector to walk on every full collection, which lands inside a check as a pause of tens of
 * milliseconds; typed arrays are a handful of objects whatever their length.
 *
 * Two hashes make 64 bits: the chance that a word a share uses is taken for a feature it is not is
 * about one in 10^13 per word. Two features of the model that share both hashes are refused when
 * the index is built, so a model that cannot be read exactly is never read at all.
 */
export class FeatureIndex {
  readonly size: number;
  private readonly mask: number;
  private readonly first: Uint32Array;
  private readonly second: Uint32Array;
  /** Each slot's feature position plus one; 0 for an empty slot. */
  private readonly slots: Int32Array;

  /**
   * From the features as a list, or kept as one text: the text's features, as `text.split(separator)`
   * gives them (none for an empty text), are hashed where they lie, without a string made of each.
   */
  constructor(features: readonly string[] | FeatureLines) {
    const { size, hashesAt, nameAt } = readFeatures(features);
    this.size = size;
    let capacity = 1;
    while (capacity < size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.first = new Uint32Array(capacity);
    this.second = new Uint32Array(capacity);
    this.slots = new Int32Array(capacity);
    for (let position = 0; position < size; position++) {
      const [a, b] = hashesAt(position);
      const slot = this.find(a, b);
      if (this.slots[slot] !== 0) throw new Error(`Two features share one hash: "${nameAt((this.slots[slot] as number) - 1)}" and "${nameAt(position)}".`);
      this.first[slot] = a;
      this.second[slot] = b;
      this.slots[slot] = position + 1;
    }
  }

  /** The feature's position in the list the index was built from, or -1 when the model does not know it. */
  indexOf(feature: string): number {
    const [a, b] = hashes(feature, 0, feature.length);
    return (this.slots[this.find(a, b)] as number) - 1;
  }

  /** The slot that holds these hashes, or the empty slot where they would go (open addressing, probing one slot on). */
  private find(a: number, b: number): number {
    let slot = spread(a) & this.mask;
    while (this.slots[slot] !== 0 && (this.first[slot] !== a || this.second[slot] !== b)) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/** FNV-1a and a Murmur-style step over the UTF-16 units of text from start to end, from different seeds: two hashes that do not move together. */
function hashes(text: string, start: number, end: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, spread(b ^ (end - start))];
}

/** Murmur3's last mix, so nearby hashes land in distant slots. */
function spread(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
