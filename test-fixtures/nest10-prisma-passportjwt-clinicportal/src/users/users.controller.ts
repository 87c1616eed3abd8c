import { Body, Controller, Delete, HttpCode, NotFoundException, Param, Patch } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { CurrentUser, SessionUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';

class ChangeRoleDto {
  @IsIn(['ADMIN', 'PRACTITIONER', 'RECEPTION'])
  role!: 'ADMIN' | 'PRACTITIONER' | 'RECEPTION';
}

@Controller('users')
export class UsersController {
  constructor(private readonly prisma: PrismaService) {}

  // expect: missing-role-check
  @Patch(':id/role')
  async changeRole(@CurrentUser() user: SessionUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({ where: { id, clinicId: user.clinicId }, data: { role: dto.role } });
    if (!count) throw new NotFoundException();
    return { ok: true };
  }

  // ok: missing-role-check
  @Delete(':id')
  @Roles('ADMIN')
  @HttpCode(204)
  async remove(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.prisma.user.deleteMany({ where: { id, clinicId: user.clinicId } });
  }
}
