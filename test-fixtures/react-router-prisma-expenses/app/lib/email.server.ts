export async function sendEmail(message: { to: string; subject: string; text: string }) {
  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.RESEND_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ from: "Tally <no-reply@tally.app>", ...message }),
  });
  if (!res.ok) throw new Error(`email failed with ${res.status}`);
}
