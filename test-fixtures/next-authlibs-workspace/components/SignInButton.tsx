'use client';

export function SignInButton({ getIdToken }: { getIdToken: () => Promise<string> }) {
  async function onClick() {
    const idToken = await getIdToken();
    // expect: token-in-localstorage
    sessionStorage.setItem('firebaseIdToken', idToken);
    await fetch('/api/session', { method: 'POST', headers: { authorization: `Bearer ${idToken}` } });
  }
  return <button onClick={onClick}>Sign in</button>;
}
