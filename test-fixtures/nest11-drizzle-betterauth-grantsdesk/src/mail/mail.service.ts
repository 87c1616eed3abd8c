import { Injectable, Logger } from '@nestjs/common';
import nodemailer from 'nodemailer';

// ok: hardcoded-secret
const FROM_ADDRESS = 'grants-noreply@grantsdesk.example';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport = nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? 'localhost',
    port: 587,
    // expect: hardcoded-secret
    auth: { user: 'grants-mailer', pass: 'Gr4ntsMailer!2025x' },
  });

  async sendDecision(to: string, decision: string) {
    // ok: token-logging
    this.logger.log(`sending decision ${decision} to ${to}`);
    await this.transport.sendMail({ from: FROM_ADDRESS, to, subject: 'Your grant application', text: `Decision: ${decision}` });
  }
}
