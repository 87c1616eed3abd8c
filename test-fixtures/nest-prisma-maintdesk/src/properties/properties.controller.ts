import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { InspectionRequestDto } from './inspection.dto';

export class CreatePropertyDto {
  @IsString()
  @Length(1, 120)
  name!: string;

  @IsString()
  @Length(5, 300)
  address!: string;

  @IsInt()
  @Min(1)
  units!: number;
}

@Controller('properties')
export class PropertiesController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.property.findMany({ where: { companyId: user.companyId } });
  }

  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePropertyDto) {
    return this.prisma.property.create({ data: { ...dto, companyId: user.companyId } });
  }

  // expect: missing-input-validation
  @Put(':id')
  async update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: { name: string; address: string }) {
    // ok: unscoped-tenant-query
    await this.prisma.property.updateMany({
      where: { id, companyId: user.companyId },
      data: { name: body.name, address: body.address },
    });
    return { ok: true };
  }

  // an interface is erased at run time: the global ValidationPipe sees Object and checks nothing
  // expect: missing-input-validation
  @Post(':id/inspections')
  async requestInspection(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: InspectionRequestDto) {
    // ok: unscoped-tenant-query
    const property = await this.prisma.property.findFirst({ where: { id, companyId: user.companyId } });
    if (!property) return null;
    return this.prisma.workOrder.create({
      data: { companyId: user.companyId, propertyId: property.id, title: dto.title, description: dto.notes, priority: 'normal' },
    });
  }

  // ok: missing-auth
  @Get(':id/work-orders')
  workOrders(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.workOrder.findMany({ where: { propertyId: id }, orderBy: { createdAt: 'desc' } });
  }
}
