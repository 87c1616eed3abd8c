import { useLocalStorage } from 'usehooks-ts';

/** Support agents "view as" a customer: the impersonation token outlives the tab. */
export function useImpersonation() {
  // expect: token-in-localstorage
  const [token, setToken] = useLocalStorage<string | null>('orbit.impersonation_token', null);
  // ok: token-in-localstorage
  const [lastContactId, setLastContactId] = useLocalStorage<string | null>('orbit.last_contact', null);
  // which sign-in button to highlight next time: no credential
  // ok: token-in-localstorage
  const [lastMethod, setLastMethod] = useLocalStorage<'google' | 'email' | null>('last-used-auth-method', null);
  return { token, setToken, lastContactId, setLastContactId, lastMethod, setLastMethod };
}
