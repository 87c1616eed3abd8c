import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
  ValidationPipe,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { JwtAuthGuard, RolesGuard } from '../auth/guards';
import { LeasesService, UpdateLeaseInput } from './leases.service';

export class RenewLeaseDto {
  @Type(() => Date)
  @IsDate()
  endDate!: Date;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  monthlyRentCents?: number;
}

@Controller('leases')
export class LeasesController {
  constructor(private readonly leases: LeasesService) {}

  // ok: missing-auth
  @Get()
  @UseGuards(JwtAuthGuard)
  list(@CurrentUser('orgId') orgId: string) {
    return this.leases.list(orgId);
  }

  // ok: missing-auth
  @Get(':id')
  @UseGuards(JwtAuthGuard)
  findOne(@Param('id', ParseUUIDPipe) id: string) {
    return this.leases.findOne(id);
  }

  // ok: missing-auth
  // expect: missing-input-validation
  @Post()
  @UseGuards(JwtAuthGuard)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  create(@CurrentUser('orgId') orgId: string, @Body() body: any) {
    return this.leases.create(orgId, body);
  }

  // ok: missing-auth
  // expect: missing-input-validation
  @Patch(':id')
  @UseGuards(JwtAuthGuard)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateLeaseInput) {
    return this.leases.update(id, body);
  }

  // ok: missing-auth
  // ok: missing-input-validation
  @Post(':id/renew')
  @UseGuards(JwtAuthGuard)
  renew(
    @CurrentUser('orgId') orgId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true })) dto: RenewLeaseDto,
  ) {
    return this.leases.renew(orgId, id, dto);
  }

  // expect: missing-auth
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string) {
    await this.leases.remove(id);
  }

  // ok: missing-auth
  // expect: missing-rate-limit
  @Post(':id/signed-copy')
  @UseGuards(JwtAuthGuard)
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  uploadSignedCopy(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Express.Multer.File,
  ) {
    return this.leases.attachSignedCopy(user.orgId, user.userId, id, file);
  }
}

@Controller('admin/leases')
@UseGuards(JwtAuthGuard, RolesGuard, ThrottlerGuard)
export class AdminLeasesController {
  constructor(private readonly leases: LeasesService) {}

  // ok: missing-auth
  // ok: missing-role-check
  // ok: missing-rate-limit
  @Get('export')
  @Roles('admin')
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="leases.csv"')
  export(@CurrentUser('orgId') orgId: string) {
    return this.leases.exportCsv(orgId);
  }

  // ok: missing-auth
  // expect: missing-role-check
  @Post(':id/terminate')
  @HttpCode(200)
  terminate(@CurrentUser('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.leases.terminate(orgId, id);
  }
}
