import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { HeaderAPIKeyStrategy } from 'passport-headerapikey';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHash } from 'crypto';
import { Tenant } from '../entities';

@Injectable()
export class PartnerKeyStrategy extends PassportStrategy(HeaderAPIKeyStrategy, 'partner-api-key') {
  constructor(@InjectRepository(Tenant) private readonly tenants: Repository<Tenant>) {
    super({ header: 'X-Partner-Key', prefix: '' }, false);
  }

  async validate(apiKey: string) {
    const tenant = await this.tenants.findOne({ where: { apiKeyHash: createHash('sha256').update(apiKey).digest('hex') } });
    if (!tenant) throw new UnauthorizedException();
    return { id: `partner:${tenant.id}`, tenantId: tenant.id, email: '', role: 'student' };
  }
}
