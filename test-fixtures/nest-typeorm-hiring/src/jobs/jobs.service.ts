import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Job } from './job.entity';
import { CreateJobDto } from './jobs.dto';

@Injectable()
export class JobsService {
  constructor(@InjectRepository(Job) private readonly jobs: Repository<Job>) {}

  listForCompany(companyId: string) {
    // ok: unscoped-tenant-query
    return this.jobs.find({ where: { companyId }, order: { createdAt: 'DESC' } });
  }

  async findOne(id: string) {
    // expect: unscoped-tenant-query
    const job = await this.jobs.findOne({ where: { id }, relations: ['applications'] });
    if (!job) throw new NotFoundException();
    return job;
  }

  create(companyId: string, dto: CreateJobDto) {
    return this.jobs.save(this.jobs.create({ ...dto, companyId }));
  }

  async setStatus(companyId: string, id: string, status: Job['status']) {
    // ok: unscoped-tenant-query
    const result = await this.jobs.update({ id, companyId }, { status });
    if (!result.affected) throw new NotFoundException();
  }
}
