import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Patch,
  NotFoundException,
  Param,
  ParseFilePipeBuilder,
  ParseUUIDPipe,
  Post,
  Put,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DataSource, Repository } from 'typeorm';
import { Vendor } from '../entities/vendor.entity';
import { AdminOnly, AuthUser, CurrentUser } from '../auth/decorators';

export class UpsertVendorDto {
  @IsString()
  @Length(2, 160)
  name: string;

  @IsOptional()
  @Matches(/^[A-Z]{2}[0-9A-Z]{8,30}$/)
  iban?: string;

  @IsOptional()
  @IsString()
  taxNumber?: string;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@Controller('vendors')
export class VendorsController {
  constructor(
    @InjectRepository(Vendor) private readonly vendors: Repository<Vendor>,
    private readonly dataSource: DataSource,
  ) {}

  // ok: missing-auth, unscoped-tenant-query
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.vendors.find({ where: { companyId: user.companyId, active: true }, order: { name: 'ASC' } });
  }

  // ok: missing-auth
  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    const vendor = await this.vendors.findOneBy({ id });
    if (!vendor) throw new NotFoundException();
    return vendor;
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: UpsertVendorDto) {
    return this.vendors.save(this.vendors.create({ ...dto, companyId: user.companyId }));
  }

  // ok: missing-auth, missing-input-validation
  @Put(':id')
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpsertVendorDto) {
    // ok: unscoped-tenant-query
    const result = await this.vendors.update({ id, companyId: user.companyId }, dto);
    if (!result.affected) throw new NotFoundException();
    return { ok: true };
  }

  // expect: missing-input-validation
  @Patch(':id')
  async patch(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: Partial<UpsertVendorDto>) {
    // ok: unscoped-tenant-query
    const vendor = await this.vendors.findOneOrFail({ where: { id, companyId: user.companyId } });
    Object.assign(vendor, dto);
    return this.vendors.save(vendor);
  }

  // expect: missing-input-validation
  @Put(':id/iban')
  async setIban(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body('iban') iban: string) {
    // ok: unscoped-tenant-query
    const vendor = await this.vendors.findOneByOrFail({ id });
    if (vendor.companyId !== user.companyId) throw new ForbiddenException();
    vendor.iban = iban;
    return this.vendors.save(vendor);
  }

  // ok: missing-auth
  @Get(':id/orders-total')
  async ordersTotal(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    const [row] = await this.dataSource.query(
      'SELECT v.name, SUM(po.total_cents) AS total FROM vendors v JOIN purchase_orders po ON po.vendor_id = v.id WHERE v.id = $1 GROUP BY v.name',
      [id],
    );
    return row;
  }

  // ok: missing-auth
  @Get(':id/card')
  card(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // a vendor of the caller's company, or any company's vendor that is still active
    // expect: unscoped-tenant-query
    return this.vendors.findOne({ where: [{ id, companyId: user.companyId }, { id, active: true }] });
  }

  // ok: missing-auth
  @Get(':id/summary')
  summary(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    return this.vendors.findOne({ where: [{ id, companyId: user.companyId, active: true }, { taxNumber: id, companyId: user.companyId }] });
  }

  // ok: missing-auth
  @Get(':id/contact')
  async contact(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    return this.vendors.findOne({ where: { id, company: { id: user.companyId } } as any, select: { id: true, name: true } });
  }

  // ok: missing-auth, missing-role-check
  @Delete(':id')
  @AdminOnly()
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    await this.vendors.delete({ id, companyId: user.companyId });
  }

  // ok: missing-auth, missing-rate-limit, unrestricted-upload
  // expect: missing-input-validation
  @Post('import')
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: 2 * 1024 * 1024 },
      fileFilter: (_req, file, cb) => cb(null, file.mimetype === 'text/csv'),
    }),
  )
  async importCsv(
    @CurrentUser() user: AuthUser,
    @UploadedFile(new ParseFilePipeBuilder().addFileTypeValidator({ fileType: 'text/csv' }).build())
    file: Express.Multer.File,
  ) {
    if (!file) throw new BadRequestException('CSV file required');
    const rows = file.buffer
      .toString('utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','));
    const vendors = rows.map(([name, taxNumber]) => this.vendors.create({ name, taxNumber, companyId: user.companyId }));
    await this.vendors.save(vendors);
    return { imported: vendors.length };
  }
}
