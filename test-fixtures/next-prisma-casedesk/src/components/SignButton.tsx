'use client';

export function SignButton({ envelopeId }: { envelopeId: string }) {
  async function openSigning() {
    const res = await fetch(`https://api.esign.example/v1/envelopes/${envelopeId}/views`, {
      method: 'POST',
      // expect: public-env-secret
      headers: { 'x-api-secret': process.env.NEXT_PUBLIC_ESIGN_API_SECRET! },
    });
    const { url } = await res.json();
    window.open(url, '_blank');
  }
  return <button onClick={openSigning}>Sign</button>;
}
