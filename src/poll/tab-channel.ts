/**
 * The protocol tabs speak over a BroadcastChannel per feed: a tab that wakes up says hello, and
 * the leader answers with its state; after each attempt the leader sends its state unasked.
 */
import type { Channel } from './environment.js';
import { readSharedState, type SharedState } from './shared-state.js';

type Message = { hello: true } | { state: SharedState };

export interface TabChannel {
  share(state: SharedState): void;
  close(): void;
}

export interface TabChannelHandlers {
  /** A state from another tab, already checked. */
  state(state: SharedState): void;
  /** Another tab asks for the current state. */
  hello(): void;
}

/** Opens the channel and says hello. Throws where BroadcastChannel throws (sandboxed, opaque origins). */
export function openTabChannel(
  OpenChannel: new (name: string) => Channel,
  name: string,
  now: () => number,
  handlers: TabChannelHandlers,
): TabChannel {
  const channel = new OpenChannel(name);
  const send = (message: Message) => channel.postMessage(message);
  channel.onmessage = ({ data }: MessageEvent<Partial<{ hello: unknown; state: unknown }> | null>) => {
    if (data?.hello === true) handlers.hello();
    const state = readSharedState(data?.state, now());
    if (state) handlers.state(state);
  };
  send({ hello: true });
  return { share: (state) => send({ state }), close: () => channel.close() };
}
