import { useEffect, useState } from 'react';
import { apiFetch } from './api';
import { AiAssistant } from './AiAssistant';
import { Avatar } from './Avatar';
import { Checkout } from './Checkout';
import { LoginForm } from './LoginForm';
import { ThemeToggle } from './ThemeToggle';

interface CurrentUser {
  id: string;
  email: string;
  role: 'user' | 'admin';
}

export function App() {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    apiFetch<CurrentUser>('/me')
      .then(setUser)
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);

  function handleLogout() {
    localStorage.removeItem('accessToken');
    setUser(null);
  }

  if (loading) {
    return <p className="loading">Loading…</p>;
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>Acme Analytics</h1>
        <ThemeToggle />
        {user && (
          <div className="account">
            <Avatar path={`${user.id}.png`} name={user.email} />
            <button type="button" onClick={handleLogout}>
              Log out
            </button>
          </div>
        )}
      </header>

      <main>
        {user ? (
          <>
            <Checkout customerEmail={user.email} />
            <AiAssistant />
          </>
        ) : (
          <LoginForm onLogin={setUser} />
        )}
      </main>

      <footer>v{__APP_VERSION__}</footer>
    </div>
  );
}
