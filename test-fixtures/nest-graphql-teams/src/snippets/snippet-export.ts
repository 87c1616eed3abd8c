import { PrismaService } from '../prisma/prisma.service';

abstract class TeamExport {
  protected constructor(protected readonly prisma: PrismaService, protected readonly options: { key: string; format: 'json' | 'csv' }) {}

  abstract rows(teamId: string): Promise<unknown[]>;
}

/** Registered under its class name (`key: SnippetExport.name`), as the export jobs are listed by key. */
export class SnippetExport extends TeamExport {
  constructor(prisma: PrismaService) {
    super(prisma, { key: SnippetExport.name, format: 'json' });
  }

  async rows(teamId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.snippet.findMany({ where: { teamId }, select: { id: true, title: true, body: true } });
  }
}
