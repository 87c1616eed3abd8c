// Member area (served as a static script on the marketing site).
async function signIn(form) {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: form.email.value, password: form.password.value, remember: form.remember.checked }),
    credentials: 'include',
  });
  if (!res.ok) throw new Error('Login failed');
  const data = await res.json();
  // expect: token-in-localstorage
  localStorage.setItem('ironworksToken', data.token);
  // ok: token-in-localstorage
  sessionStorage.setItem('returnTo', window.location.pathname);
  return data;
}

// kept for the old mobile web view, which reads the refresh token back on start-up
function rememberDevice(data) {
  // expect: token-in-localstorage
  window.localStorage.ironworksRefresh = data.refreshToken;
  // ok: token-in-localstorage
  localStorage['ironworks.lastVisit'] = new Date().toISOString();
}

function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  // ok: token-in-localstorage
  localStorage.setItem('ironworks.theme', theme);
}

window.ironworks = { signIn, rememberDevice, setTheme };
