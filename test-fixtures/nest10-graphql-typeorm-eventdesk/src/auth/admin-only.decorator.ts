import { applyDecorators, UseGuards } from '@nestjs/common';
import { Role } from '../entities/user.entity';
import { GqlAuthGuard } from './gql-auth.guard';
import { Roles, RolesGuard } from './roles';

export const AdminOnly = () => applyDecorators(Roles(Role.Admin), UseGuards(GqlAuthGuard, RolesGuard));
