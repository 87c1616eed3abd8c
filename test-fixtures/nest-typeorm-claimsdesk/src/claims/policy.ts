import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/current-user.decorator';
import { Claim } from './claim.entity';

@Injectable()
export class ClaimPolicy {
  canEdit(user: AuthUser, claim: Claim): boolean {
    return claim.organizationId === user.organizationId && (user.role !== 'adjuster' || claim.adjusterId === user.id);
  }
}
