import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { RolesGuard } from '../auth/guards';
import { VehiclesService } from './vehicles.service';

class UpdateVehicleDto {
  @IsOptional() @IsString() plate?: string;
  @IsOptional() @IsInt() @Min(0) odometerKm?: number;
  @IsOptional() @IsIn(['active', 'in_shop', 'retired']) status?: 'active' | 'in_shop' | 'retired';
}

class BulkStatusDto {
  @IsArray() @IsUUID('4', { each: true }) ids!: string[];
  @IsIn(['active', 'in_shop', 'retired']) status!: 'active' | 'in_shop' | 'retired';
}

// JwtAuthGuard runs globally (APP_GUARD); RolesGuard only enforces routes that carry @Roles()
@Controller('vehicles')
@UseGuards(RolesGuard)
export class VehiclesController {
  constructor(private readonly vehicles: VehiclesService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser, @Query('status') status?: 'active' | 'in_shop' | 'retired') {
    return this.vehicles.list(user.companyId, status);
  }

  @Get('by-vin/:vin')
  byVin(@Param('vin') vin: string) {
    return this.vehicles.byVin(vin);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.vehicles.get(user.companyId, id);
  }

  // ok: missing-input-validation
  @Patch(':id')
  @HttpCode(204)
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateVehicleDto) {
    return this.vehicles.update(user.companyId, id, dto);
  }

  // ok: missing-role-check
  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  retire(@Param('id', ParseUUIDPipe) id: string) {
    return this.vehicles.retire(id);
  }

  @Post('bulk-status')
  @Roles('admin', 'dispatcher')
  bulkStatus(@Body() dto: BulkStatusDto) {
    return this.vehicles.bulkStatus(dto.ids, dto.status);
  }
}
