export function useAgentAuth() {
  async function refresh() {
    const { refreshToken } = await $fetch<{ refreshToken: string }>('/api/auth/refresh', { method: 'POST' });
    // expect: token-in-localstorage
    localStorage.setItem('supportly:refresh', refreshToken);
  }
  function collapseSidebar(collapsed: boolean) {
    // ok: token-in-localstorage
    localStorage.setItem('supportly:sidebar', collapsed ? 'collapsed' : 'open');
  }
  return { refresh, collapseSidebar };
}
