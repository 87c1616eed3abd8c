import { Injectable, Logger } from '@nestjs/common';
import sgMail from '@sendgrid/mail';

// expect: hardcoded-secret
sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? 'SG.FAKEfakeFAKEfake000000.FAKEfakeFAKEfake00000000000000000000000000');

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  async sendPasswordReset(to: string, token: string) {
    const link = `${process.env.APP_URL}/reset-password?token=${token}`;
    await sgMail.send({ to, from: 'no-reply@translationhub.io', subject: 'Reset your password', text: `Reset it here: ${link}` });
    // ok: token-logging
    this.logger.log(`password reset mail sent to ${to}`);
  }

  async sendJobAssigned(to: string, projectName: string) {
    await sgMail.send({ to, from: 'no-reply@translationhub.io', subject: `New job in ${projectName}`, text: 'Open your dashboard.' });
  }
}
