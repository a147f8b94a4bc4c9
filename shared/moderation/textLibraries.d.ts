/** The parts of NLP.js and wink the share check uses: NLP.js's Snowball stemmers and wink's naive Bayes text classifier. */
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

declare module 'wink-naive-bayes-text-classifier' {
  export interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(tokens: string[], label: string): boolean;
    consolidate(): boolean;
    computeOdds(tokens: string[]): [string, number][];
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  export default function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
}
