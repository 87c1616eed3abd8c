import { Body, Controller, Delete, Get, Inject, Injectable, Module, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { PartialType } from '@nestjs/mapped-types';
import { IsInt, IsOptional, IsString, Min, MaxLength } from 'class-validator';
import { and, eq } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { instruments } from '../db/schema';
import { AuthUser, CurrentUser, Role, Roles } from '../auth/decorators';

export class CreateInstrumentDto {
  @IsString()
  @MaxLength(120)
  name!: string;

  @IsOptional()
  @IsString()
  location?: string;

  @IsInt()
  @Min(0)
  hourlyRateCents!: number;
}

export class UpdateInstrumentDto extends PartialType(CreateInstrumentDto) {}

@Injectable()
export class InstrumentsService {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  list(orgId: string) {
    // ok: unscoped-tenant-query
    return this.db.select().from(instruments).where(eq(instruments.organizationId, orgId));
  }

  async get(id: string, orgId: string) {
    // ok: unscoped-tenant-query
    const [row] = await this.db.select().from(instruments).where(and(eq(instruments.id, id), eq(instruments.organizationId, orgId)));
    if (!row) throw new NotFoundException();
    return row;
  }

  async create(orgId: string, dto: CreateInstrumentDto) {
    const [row] = await this.db.insert(instruments).values({ ...dto, organizationId: orgId }).returning();
    return row;
  }

  async update(id: string, dto: UpdateInstrumentDto) {
    // expect: unscoped-tenant-query
    const [row] = await this.db.update(instruments).set(dto).where(eq(instruments.id, id)).returning();
    return row;
  }

  async remove(id: string, orgId: string) {
    // ok: unscoped-tenant-query
    await this.db.delete(instruments).where(and(eq(instruments.id, id), eq(instruments.organizationId, orgId)));
  }
}

@Controller('instruments')
export class InstrumentsController {
  constructor(private readonly instruments: InstrumentsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.instruments.list(user.organizationId);
  }

  // ok: missing-auth
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.instruments.get(id, user.organizationId);
  }

  // ok: missing-auth, missing-input-validation, missing-role-check
  @Post()
  @Roles(Role.Admin, Role.Manager)
  create(@Body() dto: CreateInstrumentDto, @CurrentUser() user: AuthUser) {
    return this.instruments.create(user.organizationId, dto);
  }

  // ok: missing-auth, missing-input-validation
  @Patch(':id')
  @Roles(Role.Admin, Role.Manager)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInstrumentDto) {
    return this.instruments.update(id, dto);
  }

  // ok: missing-auth, missing-role-check
  @Delete(':id')
  @Roles(Role.Admin)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.instruments.remove(id, user.organizationId);
  }
}

@Module({ controllers: [InstrumentsController], providers: [InstrumentsService], exports: [InstrumentsService] })
export class InstrumentsModule {}
