// Loaded with import() when someone starts writing, so the keyboard is not in the start bundle.
// The package's modern ES build: its default entry carries polyfills for browsers Hearth never runs in.
import 'simple-keyboard/build/css/index.css';

export { default as Keyboard } from 'simple-keyboard/build/index.modern.esm.js';
