import {
  Body, Controller, Get, Logger, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Put, Req, UploadedFile, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { AuthUser } from '../auth/decorators';
import { Vehicle, WorkOrder } from '../entities';

type AuthedRequest = Request & { user: AuthUser };

class CreateWorkOrderDto {
  @IsUUID() vehicleId!: string;
  @IsString() @MaxLength(500) summary!: string;
  @IsOptional() @IsUUID() assigneeId?: string;
}

class LogLaborDto {
  @IsInt() @Min(1) minutes!: number;
}

@Controller('work-orders')
export class WorkOrdersController {
  private readonly logger = new Logger(WorkOrdersController.name);

  constructor(
    @InjectRepository(WorkOrder) private readonly orders: Repository<WorkOrder>,
    @InjectRepository(Vehicle) private readonly vehicles: Repository<Vehicle>,
  ) {}

  @Get()
  list(@Req() req: AuthedRequest) {
    // ok: unscoped-tenant-query
    return this.orders.find({ where: { companyId: req.user.companyId, status: 'open' }, order: { createdAt: 'DESC' } });
  }

  // ok: missing-input-validation
  @Post()
  async create(@Req() req: AuthedRequest, @Body() dto: CreateWorkOrderDto) {
    // ok: unscoped-tenant-query
    const vehicle = await this.vehicles.findOneBy({ id: dto.vehicleId, companyId: req.user.companyId });
    if (!vehicle) throw new NotFoundException('vehicle');
    // ok: token-logging
    this.logger.log(`work order opened on ${vehicle.plate} by ${req.user.email}`);
    return this.orders.save(this.orders.create({ ...dto, companyId: req.user.companyId }));
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    const order = await this.orders.findOne({ where: { id }, relations: { vehicle: true } });
    if (!order) throw new NotFoundException();
    return order;
  }

  // the record is read scoped to the caller's company before it is changed
  @Patch(':id/labor')
  async logLabor(@Req() req: AuthedRequest, @Param('id', ParseUUIDPipe) id: string, @Body() dto: LogLaborDto) {
    // ok: unscoped-tenant-query
    const order = await this.orders.findOneBy({ id, companyId: req.user.companyId });
    if (!order) throw new NotFoundException();
    order.laborMinutes += dto.minutes;
    // ok: unscoped-tenant-query
    return this.orders.save(order);
  }

  // save() updates by primary key only: the companyId in the entity is written, never compared,
  // so another company's work order is taken over
  // ok: missing-input-validation
  @Put(':id')
  replace(@Req() req: AuthedRequest, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateWorkOrderDto) {
    // expect: unscoped-tenant-query
    return this.orders.save({ ...dto, id, companyId: req.user.companyId });
  }

  // expect: missing-input-validation
  @Patch(':id')
  async update(@Req() req: AuthedRequest, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    // ok: unscoped-tenant-query
    await this.orders.update({ id, companyId: req.user.companyId }, body);
    return { ok: true };
  }

  // ok: missing-rate-limit
  @Post(':id/photos')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('photo'))
  async addPhoto(@Req() req: AuthedRequest, @Param('id', ParseUUIDPipe) id: string, @UploadedFile() photo: Express.Multer.File) {
    // ok: unscoped-tenant-query
    const order = await this.orders.findOneBy({ id, companyId: req.user.companyId });
    if (!order) throw new NotFoundException();
    // ok: token-logging
    this.logger.debug(`photo ${photo.originalname} (${photo.size} bytes) for work order ${order.id}`);
    return { stored: photo.originalname };
  }
}
