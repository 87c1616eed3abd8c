const API = '/api/v1';

async function login(email, password) {
  const res = await fetch(`${API}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const data = await res.json();
  if (data.success) {
    // expect: token-in-localstorage
    localStorage.setItem('token', data.token);
    // ok: token-in-localstorage
    localStorage.setItem('lastEmail', email);
    window.location.href = '/dashboard.html';
  }
}

async function loadEvents() {
  const res = await fetch(`${API}/events`, { headers: { Authorization: `Bearer ${localStorage.getItem('token')}` } });
  const { data } = await res.json();
  document.querySelector('#events').innerHTML = data.map((e) => `<li>${e.title}</li>`).join('');
}

document.querySelector('#login-form')?.addEventListener('submit', (e) => {
  e.preventDefault();
  login(e.target.email.value, e.target.password.value);
});

loadEvents();
