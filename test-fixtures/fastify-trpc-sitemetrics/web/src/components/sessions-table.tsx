import { useLocalStorage } from 'usehooks-ts';

export function useSessionsTableColumns() {
  // ok: token-in-localstorage
  const [visibility, setVisibility] = useLocalStorage<Record<string, boolean>>('@sm:sessions-table-column-visibility', {});
  return { visibility, setVisibility };
}

export function useDemoSession() {
  // expect: token-in-localstorage
  const [token, setToken] = useLocalStorage<string | null>('sm:session-token', null);
  return { token, setToken };
}
