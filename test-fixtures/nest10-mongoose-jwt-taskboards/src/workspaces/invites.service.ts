import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class InvitesService {
  constructor(private readonly jwt: JwtService) {}

  async create(workspaceId: string, email: string, role: string) {
    const token = this.jwt.sign({ ws: workspaceId, email, role, kind: 'invite' }, { expiresIn: '7d' });
    // mail delivery is handled by the notifications worker
    return { email, link: `${process.env.APP_URL}/join?token=${token}` };
  }
}
