import * as v from 'valibot';

export type AnySchema = v.GenericSchema;

/** One bridge channel: the schema main parses every request with, and the response's type. */
export interface Channel<Req extends AnySchema, Res> {
  readonly request: Req;
  /** Type-only marker; never read at run time. */
  readonly response?: Res;
}

export function channel<Res>() {
  return <Req extends AnySchema>(request: Req): Channel<Req, Res> => ({ request });
}

export const NoPayload = v.optional(v.object({}), {});

/** 'store-unreadable': a file main keeps (settings, staff) is damaged; nothing was erased, staff or IT must look. */
export type BridgeErrorCode = 'invalid-payload' | 'forbidden' | 'not-found' | 'refused' | 'store-unreadable' | 'failed';

export interface BridgeError {
  code: BridgeErrorCode;
  message: string;
  /** For 'invalid-payload': which fields were wrong. */
  issues?: string[];
  /** For 'store-unreadable': the damaged file, for the IT person (never shown on the wall itself). */
  file?: string;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** A handler's deliberate refusal: reaches the renderer as a typed error, not a crash. */
export class BridgeRefusal extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeRefusal';
  }
}
