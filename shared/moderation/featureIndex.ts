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

  constructor(features: readonly string[]) {
    let capacity = 1;
    while (capacity < features.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.first = new Uint32Array(capacity);
    this.second = new Uint32Array(capacity);
    this.slots = new Int32Array(capacity);
    features.forEach((feature, position) => {
      const [a, b] = hashes(feature);
      const slot = this.find(a, b);
      if (this.slots[slot] !== 0) throw new Error(`Two features share one hash: "${features[(this.slots[slot] as number) - 1]}" and "${feature}".`);
      this.first[slot] = a;
      this.second[slot] = b;
      this.slots[slot] = position + 1;
    });
    this.size = features.length;
  }

  /** The feature's position in the list the index was built from, or -1 when the model does not know it. */
  indexOf(feature: string): number {
    const [a, b] = hashes(feature);
    return (this.slots[this.find(a, b)] as number) - 1;
  }

  /** The slot that holds these hashes, or the empty slot where they would go (open addressing, probing one slot on). */
  private find(a: number, b: number): number {
    let slot = spread(a) & this.mask;
    while (this.slots[slot] !== 0 && (this.first[slot] !== a || this.second[slot] !== b)) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/** FNV-1a and a Murmur-style step over the text's UTF-16 units, from different seeds: two hashes that do not move together. */
function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, spread(b ^ text.length)];
}

/** Murmur3's last mix, so nearby hashes land in distant slots. */
function spread(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
