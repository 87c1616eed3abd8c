export function useMobileToken() {
  const token = useState<string | null>('mobile-token', () => null);

  async function refresh() {
    const res = await $fetch<{ token: string }>('/api/auth/mobile-token', { method: 'POST' });
    token.value = res.token;
    // expect: token-in-localstorage
    localStorage.setItem('insp_mobile_token', res.token);
  }

  function savePreferences(prefs: { theme: 'light' | 'dark' }) {
    // ok: token-in-localstorage
    localStorage.setItem('insp_prefs', JSON.stringify(prefs));
  }

  return { token, refresh, savePreferences };
}
