export async function sendResetMail(user: { id: string; email: string }) {
  // hands the job to the mail worker; the worker creates and mails the token
  await fetch(`${process.env.MAIL_WORKER_URL}/jobs/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id, email: user.email }),
  });
}
