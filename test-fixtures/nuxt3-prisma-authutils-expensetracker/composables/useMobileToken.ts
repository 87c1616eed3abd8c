export function useMobileToken() {
  const config = useRuntimeConfig();

  async function pair() {
    const { token } = await $fetch<{ token: string }>('/api/auth/mobile-token', { method: 'POST' });
    // expect: token-in-localstorage
    localStorage.setItem('expense_access_token', token);
  }

  function rememberCurrency(code: string) {
    // ok: token-in-localstorage
    localStorage.setItem('preferred_currency', code);
  }

  return { pair, rememberCurrency, mapboxToken: config.public.mapboxToken };
}
