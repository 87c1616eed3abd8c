import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Roles } from '../auth/roles.decorator';
import { CreatePropertyDto, CreateUnitDto } from './dto';
import { PropertiesService } from './properties.service';

@Controller('properties')
export class PropertiesController {
  constructor(private readonly properties: PropertiesService) {}

  // ok: missing-auth
  @Get()
  list() {
    return this.properties.list();
  }

  // ok: missing-auth, unscoped-tenant-query
  @Get(':id')
  show(@Param('id') id: string) {
    return this.properties.get(id);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@Body() dto: CreatePropertyDto) {
    return this.properties.create(dto);
  }

  // ok: missing-auth, missing-input-validation
  @Post(':id/units')
  addUnit(@Param('id') id: string, @Body() dto: CreateUnitDto) {
    return this.properties.addUnit(id, dto);
  }

  // ok: missing-auth
  @Get('units/:unitId')
  unit(@Param('unitId') unitId: string) {
    return this.properties.unit(unitId);
  }

  // ok: missing-auth, unscoped-tenant-query
  @Get('units/:unitId/work-orders/:orderId')
  unitWorkOrder(@Param('unitId') unitId: string, @Param('orderId') orderId: string) {
    return this.properties.unitWorkOrder(unitId, orderId);
  }

  @Roles('admin')
  @HttpCode(204)
  // ok: missing-auth, missing-role-check
  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.properties.remove(id);
  }
}
