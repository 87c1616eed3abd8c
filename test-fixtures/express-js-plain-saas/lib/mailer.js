import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: 'smtp.billboard.example',
  port: 587,
  auth: {
    user: 'no-reply@billboard.example',
    // expect: hardcoded-secret
    pass: 'Inv0ices!Relay77',
  },
});

// the documented placeholder from the README, replaced at deploy time
export const analytics = {
  // ok: hardcoded-secret
  apiKey: 'your-api-key-here',
  endpoint: 'https://events.billboard.example/v1',
};

export function sendResetEmail(to, link) {
  return mailer.sendMail({ to, from: 'no-reply@billboard.example', subject: 'Reset your password', text: `Reset: ${link}` });
}
