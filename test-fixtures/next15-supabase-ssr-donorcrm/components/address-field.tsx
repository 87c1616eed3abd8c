'use client';

import { useEffect, useRef } from 'react';

export function AddressField({ name }: { name: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const script = document.createElement('script');
    // ok: public-env-secret
    script.src = `https://maps.googleapis.com/maps/api/js?key=${process.env.NEXT_PUBLIC_GOOGLE_MAPS_KEY}&libraries=places`;
    document.head.appendChild(script);
  }, []);
  return <input ref={ref} name={name} autoComplete="street-address" />;
}
