// The modern ES build ships without its own declarations; it is the same API as the package's main entry.
declare module 'simple-keyboard/build/index.modern.esm.js' {
  export * from 'simple-keyboard';
  export { default } from 'simple-keyboard';
}
