import nodemailer from 'nodemailer';

// Appointment reminders go out through the clinic's SMTP relay.
export const mailer = nodemailer.createTransport({
  host: 'smtp.clinic-relay.net',
  port: 587,
  auth: {
    user: 'reminders@clinic-relay.net',
    // expect: hardcoded-secret
    pass: 'Rem1nders#Relay',
  },
});

export function sendReminder(to: string, when: Date) {
  return mailer.sendMail({ from: 'reminders@clinic-relay.net', to, subject: 'Appointment reminder', text: `See you on ${when.toDateString()}.` });
}
