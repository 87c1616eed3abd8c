import { Body, Controller, Delete, Param, Patch, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { IsBoolean } from 'class-validator';
import { PrismaService } from '../prisma/prisma.service';
import { InfraTokenGuard } from './infra-token.guard';

class AdminStatusDto {
  @IsBoolean()
  isAdmin!: boolean;
}

@Controller('infra')
export class InfraController {
  constructor(private readonly prisma: PrismaService) {}

  // (no ValidationPipe is installed in this app: the DTO's decorators check nothing)
  // ok: missing-role-check
  // expect: missing-input-validation
  @Patch('users/:uid/admin-status')
  @UseGuards(InfraTokenGuard)
  setAdminStatus(@Param('uid') uid: string, @Body() body: AdminStatusDto) {
    return this.prisma.user.update({ where: { uid }, data: { isAdmin: body.isAdmin } });
  }

  // Added for the web console, behind the ordinary user sign-in: any signed-in user can delete any account.
  // expect: missing-role-check
  @Delete('users/:uid')
  @UseGuards(AuthGuard('jwt'))
  removeUser(@Param('uid') uid: string) {
    return this.prisma.user.delete({ where: { uid } });
  }
}
