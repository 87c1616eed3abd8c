import { Body, Controller, Delete, Get, Header, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { AssignWorkOrderDto, CreateWorkOrderDto, UpdateWorkOrderDto } from './dto';
import { WorkOrdersService } from './work-orders.service';

@Controller('work-orders')
export class WorkOrdersController {
  constructor(private readonly orders: WorkOrdersService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser, @Query('status') status?: string) {
    return this.orders.list(user, status);
  }

  // expect: missing-rate-limit
  @Get('export')
  @Header('Content-Type', 'text/csv')
  async export(@CurrentUser() user: AuthUser) {
    const rows = await this.orders.list(user);
    return ['id,title,status,priority', ...rows.map((r) => `${r.id},"${r.title}",${r.status},${r.priority}`)].join('\n');
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.orders.findOne(user, id);
  }

  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateWorkOrderDto) {
    return this.orders.create(user, dto);
  }

  // expect: missing-input-validation
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() changes: Partial<UpdateWorkOrderDto>) {
    return this.orders.update(user, id, changes);
  }

  @Roles('MANAGER', 'ADMIN')
  // ok: missing-role-check, missing-input-validation
  @Post(':id/assign')
  assign(@Param('id') id: string, @Body() dto: AssignWorkOrderDto) {
    return this.orders.assign(id, dto.assigneeId);
  }

  // ok: missing-auth
  @Post(':id/close')
  close(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.orders.close(user, id);
  }

  @Roles('MANAGER', 'ADMIN')
  // ok: missing-role-check
  @Delete(':id')
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.orders.remove(user, id);
  }
}
