import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';

/** Typed access to the request-scoped tenant values the guards put in CLS. */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  get orgId(): string {
    return this.cls.get('orgId');
  }

  get userId(): string {
    return this.cls.get('userId');
  }

  get isAdmin(): boolean {
    return this.cls.get('role') === 'admin';
  }
}
