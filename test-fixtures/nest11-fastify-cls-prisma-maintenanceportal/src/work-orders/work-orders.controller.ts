import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { AssignContractorDto, CreateWorkOrderDto } from './dto';
import { WorkOrdersService } from './work-orders.service';

@Controller('work-orders')
export class WorkOrdersController {
  constructor(private readonly orders: WorkOrdersService) {}

  // ok: missing-auth
  @Get()
  list(@Query('status') status?: string) {
    return this.orders.findAll(status);
  }

  // ok: missing-auth, unscoped-tenant-query
  @Get(':id')
  get(@Param('id') id: string) {
    return this.orders.findOne(id);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@Body() dto: CreateWorkOrderDto) {
    return this.orders.create(dto);
  }

  // ok: missing-auth, missing-input-validation
  @Post(':id/assign')
  assign(@Param('id') id: string, @Body() dto: AssignContractorDto) {
    return this.orders.assign(id, dto);
  }

  // expect: missing-input-validation
  @Patch(':id/status')
  updateStatus(@Param('id') id: string, @Body() body: any) {
    return this.orders.setStatus(id, body.status, body.costCents);
  }
}
