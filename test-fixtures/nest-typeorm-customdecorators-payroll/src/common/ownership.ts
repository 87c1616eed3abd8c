import { NotFoundException } from '@nestjs/common';
import type { JwtUser } from '../auth/decorators';

export function assertSameCompany<T extends { companyId: string }>(user: JwtUser, entity: T | null): asserts entity is T {
  if (!entity || entity.companyId !== user.companyId) {
    throw new NotFoundException();
  }
}
