import { Injectable, Logger } from '@nestjs/common';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  private readonly transport = nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? 'smtp.mailgun.org',
    port: 587,
    auth: {
      user: 'postmaster@mg.procure.example.io',
      // expect: hardcoded-secret
      pass: 'Pr0cure!Mailer42',
    },
  });

  async sendPasswordReset(email: string, link: string) {
    await this.transport.sendMail({ to: email, subject: 'Reset your password', text: `Reset here: ${link}` });
    this.logger.log(`password reset mail queued for ${email}`);
  }

  async sendApprovalRequest(email: string, poNumber: string) {
    await this.transport.sendMail({ to: email, subject: `PO ${poNumber} awaits approval`, text: poNumber });
  }
}
