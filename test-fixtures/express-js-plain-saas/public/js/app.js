// small vanilla script served from /public: the session itself stays in the httpOnly cookie
async function signIn(form) {
  const res = await fetch('/api/login', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: form.email.value, password: form.password.value }),
  });
  if (!res.ok) throw new Error('login failed');
  const me = await res.json();
  // ok: token-in-localstorage
  localStorage.setItem('billboard.role', me.role);
  // ok: token-in-localstorage
  localStorage.setItem('billboard.theme', document.body.dataset.theme || 'light');
  window.location.href = '/dashboard';
}

document.querySelector('#login-form')?.addEventListener('submit', (e) => {
  e.preventDefault();
  signIn(e.target).catch(() => alert('Wrong email or password'));
});
