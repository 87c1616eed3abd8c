import { Injectable } from '@nestjs/common';
import { sign, verify } from 'jsonwebtoken';

export interface InviteClaims {
  organizationId: string;
  email: string;
}

/** Invite links carry a token the server signed with the workspace in it. */
@Injectable()
export class InviteTokensService {
  issue(claims: InviteClaims) {
    return sign(claims, process.env.INVITE_SECRET!, { expiresIn: '7d' });
  }

  // throws on a bad or expired token (the exception filter answers 400)
  readInvite(token: string) {
    return verify(token, process.env.INVITE_SECRET!) as InviteClaims;
  }
}
