/** The parts of NLP.js the share check uses: its Snowball stemmers and its one-layer neural classifier. */
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-es/src/stemmer-es' {
  export default class StemmerEs {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/neural/src/neural-network' {
  export interface NeuralNetworkJson {
    settings: Record<string, unknown>;
    features?: string[];
    intents?: string[];
    perceptrons?: number[][];
  }
  export default class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown;
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }
}
