import type { H3Event } from 'h3';

type Prefs = { theme: 'light' | 'dark'; density: 'compact' | 'cozy' };

export function usePrefsSession(event: H3Event) {
  return useSession<Prefs>(event, {
    name: 'hd-prefs',
    // expect: hardcoded-secret
    password: 'supportly-prefs-session-password-2024-x9',
  });
}
