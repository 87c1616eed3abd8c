import { Injectable, Logger } from '@nestjs/common';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);

  private readonly transport = nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? 'localhost',
    port: 587,
    auth: {
      user: 'portal-notifications',
      // expect: hardcoded-secret
      pass: 'Cl1nicMail-2024!',
    },
  });

  async send(to: string, subject: string, text: string) {
    await this.transport.sendMail({ from: 'no-reply@clinicportal.test', to, subject, text });
    // ok: token-logging
    this.logger.log(`mail "${subject}" sent to ${to}`);
  }
}
