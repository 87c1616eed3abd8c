import { useState } from 'react';

// the enquiry form mails the venue manager straight from the browser
export function EnquiryForm({ venueEmail }: { venueEmail: string }) {
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);

  async function submit() {
    await fetch('https://api.resend.com/emails', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        // expect: public-env-secret
        Authorization: `Bearer ${import.meta.env.VITE_RESEND_API_KEY}`,
      },
      body: JSON.stringify({ from: 'enquiries@venuebook.example', to: venueEmail, subject: 'New enquiry', text: message }),
    });
    // ok: token-in-localstorage
    localStorage.setItem('venuebook:lastEnquiry', new Date().toISOString());
    setSent(true);
  }

  return sent ? (
    <p>Thanks, the venue will get back to you.</p>
  ) : (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <textarea value={message} onChange={(e) => setMessage(e.target.value)} />
      <button type="submit">Send</button>
    </form>
  );
}
