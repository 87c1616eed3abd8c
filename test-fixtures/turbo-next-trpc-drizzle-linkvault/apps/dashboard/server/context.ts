import { readSessionUser } from '../lib/session';

export async function createContext() {
  const user = await readSessionUser();
  return { user };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
