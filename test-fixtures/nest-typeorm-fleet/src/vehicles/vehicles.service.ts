import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Vehicle } from '../entities';

export interface VehiclePatch {
  plate?: string;
  odometerKm?: number;
  status?: Vehicle['status'];
}

@Injectable()
export class VehiclesService {
  constructor(@InjectRepository(Vehicle) private readonly vehicles: Repository<Vehicle>) {}

  list(companyId: string, status?: Vehicle['status']) {
    // ok: unscoped-tenant-query
    return this.vehicles.find({ where: { companyId, ...(status ? { status } : {}) }, order: { plate: 'ASC' } });
  }

  async get(companyId: string, id: string) {
    // ok: unscoped-tenant-query
    const vehicle = await this.vehicles.findOne({ where: { id, companyId }, relations: { workOrders: true } });
    if (!vehicle) throw new NotFoundException();
    return vehicle;
  }

  /** Looks the vehicle up by VIN only: the caller's company is never compared. */
  async byVin(vin: string) {
    // expect: unscoped-tenant-query
    const vehicle = await this.vehicles.findOneBy({ vin });
    if (!vehicle) throw new NotFoundException();
    return vehicle;
  }

  async update(companyId: string, id: string, patch: VehiclePatch) {
    // ok: unscoped-tenant-query
    const result = await this.vehicles.update({ id, companyId }, patch);
    if (!result.affected) throw new NotFoundException();
  }

  retire(id: string) {
    // expect: unscoped-tenant-query
    return this.vehicles.update(id, { status: 'retired' });
  }

  bulkStatus(ids: string[], status: Vehicle['status']) {
    // expect: unscoped-tenant-query
    return this.vehicles.update({ id: In(ids) }, { status });
  }
}
