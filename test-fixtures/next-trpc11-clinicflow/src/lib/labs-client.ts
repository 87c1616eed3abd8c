'use client';

export async function fetchLabCatalog() {
  const res = await fetch('https://labs.partner.example/v1/catalog', {
    // expect: public-env-secret
    headers: { authorization: `Bearer ${process.env.NEXT_PUBLIC_LABS_API_TOKEN}` },
  });
  return res.json();
}
