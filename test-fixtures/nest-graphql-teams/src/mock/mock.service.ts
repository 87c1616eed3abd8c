import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

interface MockServerRow {
  id: string;
  collectionId: string;
  teamId: string;
}

@Injectable()
export class MockService {
  constructor(private readonly prisma: PrismaService) {}

  /** The snippets saved anywhere under the mock server's collection. */
  async examplesOf(mockServer: MockServerRow) {
    const collectionIds = await this.collectionTree(mockServer.collectionId);
    // ok: unscoped-tenant-query
    return this.prisma.snippet.findMany({ where: { collectionId: { in: collectionIds } }, select: { id: true, title: true, body: true } });
  }

  private async collectionTree(rootId: string): Promise<string[]> {
    // ok: unscoped-tenant-query
    const children = await this.prisma.collection.findMany({ where: { parentId: rootId }, select: { id: true } });
    const ids = [rootId];
    for (const child of children) ids.push(...(await this.collectionTree(child.id)));
    return ids;
  }

  /** Examples filtered by the collection the API client names in a header (to answer from a sub-folder). */
  async examplesIn(collectionId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.snippet.findMany({ where: { collectionId }, select: { id: true, title: true, body: true } });
  }

  /** Every shared example of the instance, as a fallback answer. */
  async sharedExamples() {
    // expect: unscoped-tenant-query
    return this.prisma.snippet.findMany({ where: { shared: true }, select: { id: true, title: true, body: true } });
  }
}
