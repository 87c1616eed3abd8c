'use client';

import { useEffect, useState } from 'react';

const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'fr', label: 'Français' },
] as const;

export function LocaleSwitcher() {
  const [locale, setLocale] = useState('en');

  useEffect(() => {
    const stored = localStorage.getItem('locale');
    if (stored && LOCALES.some((l) => l.code === stored)) {
      setLocale(stored);
    }
  }, []);

  function handleChange(next: string) {
    setLocale(next);
    // ok: token-in-localstorage
    localStorage.setItem('locale', next);
    document.documentElement.lang = next;
  }

  return (
    <select aria-label="Language" value={locale} onChange={(e) => handleChange(e.target.value)}>
      {LOCALES.map((l) => (
        <option key={l.code} value={l.code}>
          {l.label}
        </option>
      ))}
    </select>
  );
}
