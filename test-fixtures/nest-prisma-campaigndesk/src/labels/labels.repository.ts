import { Injectable } from '@nestjs/common';
import { PrismaRepository } from '../db/prisma.service';
import { LabelDto } from './label.dto';

@Injectable()
export class LabelsRepository {
  constructor(private _labels: PrismaRepository<'label'>) {}

  list(orgId: string) {
    // ok: unscoped-tenant-query
    return this._labels.model.label.findMany({
      where: { organizationId: orgId, deletedAt: null },
      orderBy: { name: 'asc' },
    });
  }

  create(orgId: string, body: LabelDto) {
    return this._labels.model.label.create({
      data: { organizationId: orgId, name: body.name, color: body.color },
    });
  }

  // the workspace is handed in but never used: any member can rename any workspace's label
  rename(id: string, orgId: string, body: LabelDto) {
    // expect: unscoped-tenant-query
    return this._labels.model.label.update({
      where: { id },
      data: { name: body.name, color: body.color },
    });
  }

  remove(id: string, orgId: string) {
    // ok: unscoped-tenant-query
    return this._labels.model.label.update({
      where: { id, organizationId: orgId },
      data: { deletedAt: new Date() },
    });
  }
}
