'use client';

import { useEffect, useState } from 'react';

export function ThemeToggle() {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');

  useEffect(() => {
    const saved = localStorage.getItem('theme');
    if (saved === 'dark' || saved === 'light') setTheme(saved);
  }, []);

  function toggle() {
    const next = theme === 'light' ? 'dark' : 'light';
    setTheme(next);
    // ok: token-in-localstorage
    localStorage.setItem('theme', next);
    // ok: token-in-localstorage
    sessionStorage.setItem('sessionThemeChanged', '1');
    document.documentElement.dataset.theme = next;
  }

  return <button onClick={toggle}>{theme === 'light' ? 'Dark mode' : 'Light mode'}</button>;
}
