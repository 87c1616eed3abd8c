import { Body, Controller, Delete, Get, Header, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ArrayMaxSize, IsUUID } from 'class-validator';
import { CurrentUser, JwtUser } from '../auth/decorators';
import { DealsService } from './deals.service';
import { DealAccessService } from './deal-access.service';
import { CreateDealDto, UpdateStageDto } from './dto';

class BulkIdsDto {
  @IsUUID('4', { each: true }) @ArrayMaxSize(50) ids: string[];
}

@Controller('deals')
export class DealsController {
  constructor(
    private readonly deals: DealsService,
    private readonly access: DealAccessService,
  ) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: JwtUser) {
    return this.deals.listForTenant(user.tenantId);
  }

  // expect: missing-rate-limit
  @Get('export')
  @Header('Content-Type', 'text/csv')
  async export(@CurrentUser() user: JwtUser) {
    const rows = await this.deals.exportAll(user.tenantId);
    return rows.map((d) => [d.id, d.title, d.amount, d.stage].join(',')).join('\n');
  }

  @Get(':id')
  get(@CurrentUser() user: JwtUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deals.findForTenant(id, user.tenantId);
  }

  @Get(':id/quick-view')
  quickView(@Param('id') id: string) {
    return this.deals.findById(id);
  }

  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: JwtUser, @Body() dto: CreateDealDto) {
    return this.deals.create(user.tenantId, dto);
  }

  @Patch(':id/stage')
  stage(@CurrentUser() user: JwtUser, @Param('id') id: string, @Body() dto: UpdateStageDto) {
    return this.deals.updateStage(id, user.tenantId, dto.stage);
  }

  // expect: missing-input-validation
  @Patch(':id/notes')
  async notes(@Param('id') id: string, @Body() body: any) {
    await this.deals.saveNotes(id, body.notes);
    return { ok: true };
  }

  @Post(':id/archive')
  archive(@Param('id') id: string) {
    return this.access.archive(id);
  }

  @Post(':id/reopen')
  reopen(@Param('id') id: string) {
    return this.access.reopen(id);
  }

  @Post(':id/clone')
  clone(@Param('id') id: string) {
    return this.access.clone(id);
  }

  // partner managers switch between the partner accounts they were given in the UI
  @Get('by-tenant')
  byTenant(@Query('tenantId') tenantId: string) {
    return this.deals.listForTenant(tenantId);
  }

  @Post('bulk/preview')
  preview(@Body() dto: BulkIdsDto) {
    return this.deals.byIds(dto.ids);
  }

  @Delete('bulk')
  removeMany(@CurrentUser() user: JwtUser, @Body() dto: BulkIdsDto) {
    return this.deals.removeMany(dto.ids, user.tenantId);
  }
}
