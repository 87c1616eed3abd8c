import { EntityManager, EntityRepository, wrap } from '@mikro-orm/postgresql';
import { InjectRepository } from '@mikro-orm/nestjs';
import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PromoCode, Role } from '../entities';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';

export class PromoCodeDto {
  @IsString()
  @MaxLength(32)
  code!: string;

  @IsInt()
  @Min(1)
  @Max(100)
  percentOff!: number;

  @IsInt()
  @IsOptional()
  maxUses?: number;
}

export class UpdatePromoCodeDto {
  @IsInt()
  @Min(1)
  @Max(100)
  @IsOptional()
  percentOff?: number;

  @IsBoolean()
  @IsOptional()
  active?: boolean;
}

@Controller('promo-codes')
@Roles(Role.Owner, Role.Manager)
export class PromoCodesController {
  constructor(
    private readonly em: EntityManager,
    @InjectRepository(PromoCode) private readonly promos: EntityRepository<PromoCode>,
  ) {}

  @Get()
  async list(@CurrentUser() user: AuthUser, @Query('page') page = '1') {
    // ok: unscoped-tenant-query
    const [items, total] = await this.em.findAndCount(PromoCode, { organizerId: user.organizerId }, { limit: 50, offset: (Number(page) - 1) * 50 });
    return { items, total };
  }

  @Get('lookup')
  lookup(@CurrentUser() user: AuthUser, @Query('code') code: string) {
    // ok: unscoped-tenant-query
    return this.em.qb(PromoCode).select('*').where('code = ? and organizer_id = ?', [code, user.organizerId]).getSingleResult();
  }

  // ok: missing-input-validation
  @Post()
  async create(@CurrentUser() user: AuthUser, @Body() dto: PromoCodeDto) {
    const promo = this.promos.create({ ...dto, organizerId: user.organizerId });
    await this.em.persistAndFlush(promo);
    return promo;
  }

  // ok: missing-input-validation
  @Patch(':id')
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePromoCodeDto) {
    // ok: unscoped-tenant-query
    const promo = await this.promos.findOne({ id, organizerId: user.organizerId });
    if (!promo) throw new NotFoundException();
    wrap(promo).assign(dto);
    await this.em.persist(promo).flush();
    return promo;
  }

  // a quick toggle from the list view
  // expect: missing-input-validation
  @Patch(':id/limit')
  async setLimit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: { maxUses: number }) {
    // ok: unscoped-tenant-query
    const promo = await this.em.findOneOrFail(PromoCode, { id, organizerId: user.organizerId });
    promo.maxUses = body.maxUses;
    await this.em.flush();
    return promo;
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    await this.em.qb(PromoCode).delete().where({ id }).execute();
  }

  @Post(':id/deactivate')
  @HttpCode(204)
  async deactivate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    await this.promos.nativeUpdate({ id, organizerId: user.organizerId }, { active: false });
  }

  @Post(':id/archive')
  @HttpCode(204)
  async archive(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    await this.promos.nativeDelete({ id });
  }
}
