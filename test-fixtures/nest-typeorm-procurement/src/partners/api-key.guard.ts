import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import { Repository } from 'typeorm';
import { Company } from '../entities/company.entity';

// ERP connectors call the partner API with a per-company key instead of a user token
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@InjectRepository(Company) private readonly companies: Repository<Company>) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || key.length < 32) throw new UnauthorizedException();
    const digest = createHash('sha256').update(key).digest('hex');
    const company = await this.companies.findOne({ where: { apiKeyHash: digest } as any });
    if (!company) throw new UnauthorizedException();
    req.partner = { companyId: company.id };
    return true;
  }
}
