import { Injectable, Logger } from '@nestjs/common';
import nodemailer from 'nodemailer';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport = nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? 'smtp.mailtrap.io',
    port: 587,
    auth: {
      user: process.env.SMTP_USER ?? 'payroll-mailer',
      // expect: hardcoded-secret
      pass: 'Mailer-FAKE-pw-2024x',
    },
  });

  async send(to: string, subject: string, text: string) {
    await this.transport.sendMail({ from: 'payroll@acme-payroll.test', to, subject, text });
    this.logger.log(`mail "${subject}" queued for ${to}`);
  }
}
