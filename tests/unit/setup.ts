// Dexie runs on fake-indexeddb in unit tests.
import 'fake-indexeddb/auto';
