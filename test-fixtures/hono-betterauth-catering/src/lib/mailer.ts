import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(to: string, subject: string, text: string) {
  await resend.emails.send({ from: 'Catering HQ <no-reply@cateringhq.app>', to, subject, text });
}
