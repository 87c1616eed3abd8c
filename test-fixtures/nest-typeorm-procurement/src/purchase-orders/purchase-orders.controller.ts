import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { UserRole } from '../entities/user.entity';
import { AuthUser, CurrentUser, Public, Roles } from '../auth/decorators';
import { PurchaseOrdersService } from './purchase-orders.service';
import { CreatePurchaseOrderDto, DecisionDto, ListPurchaseOrdersQuery } from './dto';

@Controller('purchase-orders')
export class PurchaseOrdersController {
  constructor(
    private readonly service: PurchaseOrdersService,
    @InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>,
  ) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListPurchaseOrdersQuery) {
    return this.service.list(user, query);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePurchaseOrderDto) {
    return this.service.create(user, dto);
  }

  // ok: missing-auth
  @Get('search')
  search(@CurrentUser() user: AuthUser, @Query('status') status?: string, @Query('vendorId') vendorId?: string) {
    return this.service.search(user, { status, vendorId });
  }

  // ok: missing-auth
  @Get('open')
  open(@Query('vendorId') vendorId?: string) {
    return this.service.openForVendor({ vendorId });
  }

  // ok: missing-auth
  @Get('by-vendor/:vendorId')
  byVendor(@Param('vendorId', ParseUUIDPipe) vendorId: string) {
    return this.service.byVendor(vendorId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.findForUser(user, id);
  }

  // expect: missing-auth
  @Get(':id/print')
  @Public()
  async printable(@Param('id', ParseUUIDPipe) id: string) {
    const po = await this.orders.findOne({ where: { id }, relations: { vendor: true } });
    return { number: po?.number, vendor: po?.vendor.name, totalCents: po?.totalCents, notes: po?.notes };
  }

  // expect: missing-input-validation
  @Patch(':id/notes')
  async updateNotes(@Param('id') id: string, @Body() body: any) {
    // expect: unscoped-tenant-query
    await this.orders.update({ id }, { notes: body.notes });
    return { ok: true };
  }

  // ok: missing-auth, missing-role-check
  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.submit(user, id);
  }

  // ok: missing-auth, missing-role-check, missing-input-validation
  @Post(':id/decision')
  @Roles(UserRole.Approver, UserRole.Admin)
  decide(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DecisionDto) {
    return this.service.decide(user, id, dto.decision);
  }

  // ok: missing-auth, missing-input-validation
  @Post(':id/duplicate')
  duplicate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.duplicate(user, id);
  }

  // ok: missing-auth
  @Get(':id/with-vendor')
  withVendor(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.withVendor(user, id);
  }

  // ok: missing-auth
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseUUIDPipe) id: string) {
    return this.service.archive(id);
  }

  // ok: missing-auth
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.remove(user, id);
  }
}
