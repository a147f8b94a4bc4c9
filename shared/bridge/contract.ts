import * as v from 'valibot';
import { channel, NoPayload, type AnySchema, type BridgeResult, type Channel } from './channel';
import { HouseSettingsPatchSchema, type HouseSettings } from '../settings';

export interface AppInfo {
  version: string;
  /** True when served by the web preview rather than Electron. */
  preview: boolean;
  /** True when the preview was started with --demo and the database should hold the example house. */
  demo: boolean;
}

/**
 * The whole bridge. Each area's verbs become `window.kiosk.<area>.<verb>()` in the
 * renderer and the IPC channel `kiosk:<area>:<verb>` in main.
 */
export const contract = {
  app: {
    info: channel<AppInfo>()(NoPayload),
    /** The example house's data, for the renderer to put in its database. */
    exampleHouse: channel<Record<string, unknown[]>>()(NoPayload),
    exitKiosk: channel<void>()(NoPayload),
  },
  settings: {
    get: channel<HouseSettings>()(NoPayload),
    update: channel<HouseSettings>()(v.object({ patch: HouseSettingsPatchSchema })),
  },
} satisfies Record<string, Record<string, Channel<AnySchema, unknown>>>;

export type Contract = typeof contract;
export type Area = keyof Contract;
export type Verb<A extends Area> = keyof Contract[A] & string;

export type RequestOf<C> = C extends Channel<infer Req, unknown> ? v.InferInput<Req> : never;
export type ResponseOf<C> = C extends Channel<AnySchema, infer Res> ? Res : never;

export function channelName(area: string, verb: string): string {
  return `kiosk:${area}:${verb}`;
}

/** Every channel of the contract, flat, for registering handlers and building the preload. */
export function channels(): { area: string; verb: string; name: string; request: AnySchema }[] {
  return Object.entries(contract).flatMap(([area, verbs]) =>
    Object.entries(verbs as Record<string, Channel<AnySchema, unknown>>).map(([verb, ch]) => ({
      area,
      verb,
      name: channelName(area, verb),
      request: ch.request,
    })),
  );
}

/** What `window.kiosk` looks like: every call resolves to a result, never throws across the bridge. */
export type KioskApi = {
  [A in Area]: {
    [V in Verb<A>]: (request?: RequestOf<Contract[A][V]>) => Promise<BridgeResult<ResponseOf<Contract[A][V]>>>;
  };
};

/** The handlers main implements: one per channel, receiving the parsed request. */
export type HandlerTable = {
  [A in Area]: {
    [V in Verb<A>]: (
      request: v.InferOutput<Contract[A][V] extends Channel<infer Req, unknown> ? Req : never>,
    ) => Promise<ResponseOf<Contract[A][V]>> | ResponseOf<Contract[A][V]>;
  };
};
