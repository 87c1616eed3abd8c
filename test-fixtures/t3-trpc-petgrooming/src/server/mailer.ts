import nodemailer from "nodemailer";

import { env } from "@/env";

export const mailer = nodemailer.createTransport({
  host: env.SMTP_HOST,
  port: 587,
  auth: {
    user: env.SMTP_USER,
    // expect: hardcoded-secret
    pass: process.env.SMTP_PASSWORD ?? "Gr00mFAKEsmtp2024",
  },
});

export async function sendMail(to: string, subject: string, text: string) {
  await mailer.sendMail({ from: "PawSpa <bookings@pawspa.example>", to, subject, text });
}
