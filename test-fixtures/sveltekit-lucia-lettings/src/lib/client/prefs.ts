export function rememberLastLease(leaseId: string) {
  // ok: token-in-localstorage
  localStorage.setItem('lastLeaseId', leaseId);
}

export function rememberTheme(theme: 'light' | 'dark') {
  // ok: token-in-localstorage
  sessionStorage.setItem('theme', theme);
}

export function keepImpersonation(token: string) {
  // expect: token-in-localstorage
  sessionStorage.setItem('impersonation_token', token);
}
