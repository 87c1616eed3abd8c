import { Injectable } from '@nestjs/common';

@Injectable()
export class AuthService {
  async login(email: string, password: string) {
    return { email, ok: password.length > 0 };
  }

  async register(email: string, password: string) {
    return { email, created: password.length > 0 };
  }

  async sendMagicLink(email: string) {
    return { sent: email.includes('@') };
  }
}
