import { prisma } from '../lib/prisma';
import { BaseRepository } from './base.repository';

export class CannedRepository extends BaseRepository<typeof prisma.cannedReply> {
  constructor() {
    super(prisma.cannedReply);
  }
}

export const cannedRepository = new CannedRepository();
