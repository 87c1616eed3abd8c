import { Injectable, Logger } from '@nestjs/common';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  private readonly transport = nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? 'smtp.labshare.dev',
    port: 587,
    auth: {
      user: 'notifications@labshare.dev',
      // expect: hardcoded-secret
      pass: 'Smtp-FAKE-labshare-2024x',
    },
  });

  async sendReset(email: string, token: string) {
    const link = `${process.env.APP_URL}/reset?token=${token}`;
    // ok: token-logging
    this.logger.log(`sending password reset to ${email}`);
    await this.transport.sendMail({ to: email, subject: 'Reset your LabShare password', text: `Reset: ${link}` });
  }
}
