import {
  Body,
  Controller,
  Delete,
  Get,
  InternalServerErrorException,
  NotFoundException,
  Param,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsOptional, IsString, Length } from 'class-validator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';

export class CreateVendorDto {
  @IsString()
  @Length(1, 120)
  name!: string;

  @IsString()
  trade!: string;

  @IsOptional()
  @IsString()
  phone?: string;
}

@Controller('vendors')
export class VendorsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.vendor.findMany({ where: { companyId: user.companyId }, orderBy: { name: 'asc' } });
  }

  // ok: missing-auth
  @Get(':id')
  async findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const vendor = await this.prisma.vendor.findUnique({ where: { id } });
    if (!vendor || vendor.companyId !== user.companyId) throw new NotFoundException();
    return vendor;
  }

  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateVendorDto) {
    return this.prisma.vendor.create({ data: { ...dto, companyId: user.companyId } });
  }

  // the CSV's rows go into the table as they come: no DTO, no schema
  // expect: missing-rate-limit, missing-input-validation
  @Post('import')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('csv'))
  async import(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    try {
      const rows = file.buffer
        .toString('utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => {
          const [name, trade, phone] = line.split(',');
          return { name, trade, phone, companyId: user.companyId };
        });
      const { count } = await this.prisma.vendor.createMany({ data: rows });
      return { imported: count };
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException(`Import failed: ${(err as Error).message}`);
    }
  }

  @Roles('MANAGER', 'ADMIN')
  // ok: missing-role-check
  @Delete(':id')
  async remove(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    await this.prisma.vendor.delete({ where: { id } });
    return { ok: true };
  }
}
