import { Injectable } from '@nestjs/common';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailerService {
  private readonly transport = nodemailer.createTransport(
    // expect: hardcoded-secret
    process.env.SMTP_URL ?? 'smtps://dispatch:Mnt-D3sk-Smtp-2024x@smtp.maintdesk.example:465',
  );

  sendDispatch(to: string, subject: string, text: string) {
    return this.transport.sendMail({ from: 'dispatch@maintdesk.example', to, subject, text });
  }
}
