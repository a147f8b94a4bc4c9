import * as v from 'valibot';
import { BridgeRefusal, type BridgeResult } from '../../../shared/bridge/channel';
import { MAX_FILE_BYTES, channels, type HandlerTable } from '../../../shared/bridge/contract';
import { StoreUnreadableError } from '../services/keyValueStore';

export type Dispatch = (channelName: string, payload: unknown) => Promise<BridgeResult<unknown>>;

/**
 * The most a request may hold before its schema is even tried: values (array items, object
 * entries) and characters in all. The largest real request is one file of MAX_FILE_BYTES; no
 * request has many thousand values. Without it, a list of millions of entries would be walked
 * by the schema, and perhaps written to disk, before its length was checked.
 */
export const MAX_PAYLOAD_VALUES = 100_000;
export const MAX_PAYLOAD_CHARACTERS = MAX_FILE_BYTES + 1024 * 1024;

/** True when a payload holds more than the limits above; stops counting as soon as it does. */
export function exceedsPayloadLimits(payload: unknown): boolean {
  const pending: unknown[] = [payload];
  let values = 0;
  let characters = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    values += 1;
    if (values > MAX_PAYLOAD_VALUES) return true;
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > MAX_PAYLOAD_CHARACTERS) return true;
    } else if (Array.isArray(value)) {
      if (values + value.length > MAX_PAYLOAD_VALUES) return true;
      for (const item of value) pending.push(item);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (values + entries.length > MAX_PAYLOAD_VALUES) return true;
      for (const [key, item] of entries) {
        characters += key.length;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * The one way a request reaches a handler: the channel must exist, the payload must parse
 * against the contract's schema, and only then does the handler run. Every failure comes back
 * as a typed error. Callers (IPC, the web preview) check who is asking before calling this.
 */
export function createDispatcher(handlers: HandlerTable, log: (message: string) => void = () => {}): Dispatch {
  const table = new Map(
    channels().map((ch) => {
      const handler = (handlers as unknown as Record<string, Record<string, (req: unknown) => unknown>>)[ch.area]?.[ch.verb];
      if (!handler) throw new Error(`No handler for ${ch.name}`);
      return [ch.name, { schema: ch.request, handler }] as const;
    }),
  );

  return async (channelName, payload) => {
    const entry = table.get(channelName);
    if (!entry) return { ok: false, error: { code: 'not-found', message: `Unknown channel ${channelName}` } };
    if (exceedsPayloadLimits(payload)) {
      return { ok: false, error: { code: 'invalid-payload', message: `The request to ${channelName} was too large.` } };
    }
    const parsed = v.safeParse(entry.schema, payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-payload',
          message: `The request to ${channelName} was not valid.`,
          issues: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
        },
      };
    }
    try {
      return { ok: true, value: await entry.handler(parsed.output) };
    } catch (error) {
      if (error instanceof BridgeRefusal) return { ok: false, error: { code: error.code, message: error.message } };
      if (error instanceof StoreUnreadableError) {
        log(`${channelName} refused: ${error.message}`);
        return {
          ok: false,
          error: { code: 'store-unreadable', message: 'A file Hearth keeps cannot be read. Nothing was erased.', file: error.storePath },
        };
      }
      if (error instanceof v.ValiError || error instanceof RangeError) {
        return { ok: false, error: { code: 'refused', message: error.message } };
      }
      log(`${channelName} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, error: { code: 'failed', message: 'Something went wrong on our side.' } };
    }
  };
}
