import { applyDecorators, UseGuards } from '@nestjs/common';
import { Role, Roles } from './roles.decorator';
import { RolesGuard } from './roles.guard';

/** Restricts a handler to the given workspace roles. */
export function Auth(...roles: Role[]) {
  return applyDecorators(Roles(...roles), UseGuards(RolesGuard));
}
