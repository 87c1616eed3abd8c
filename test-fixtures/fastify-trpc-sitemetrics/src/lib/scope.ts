import { AsyncLocalStorage } from 'node:async_hooks';

// the session a request runs for, so read replicas can keep a signed-in user's writes consistent
const store = new AsyncLocalStorage<{ sessionId: string | null }>();

export const withRequestScope = <T>(sessionId: string | null | undefined, fn: () => Promise<T>) =>
  store.run({ sessionId: sessionId ?? null }, fn);

export const currentScopeSessionId = () => store.getStore()?.sessionId ?? null;
