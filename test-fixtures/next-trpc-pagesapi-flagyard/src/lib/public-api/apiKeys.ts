import { compare } from 'bcryptjs';

import { prisma } from '@/server/db';

export type ApiKeyScope = { projectId: string; apiKeyId: string };
export type ApiKeyCheck = { ok: true; scope: ApiKeyScope } | { ok: false; error: string };

export class ApiKeyService {
  // `Authorization: Basic base64(publicKey:secretKey)`
  async verifyAuthorizationHeader(header: string | undefined): Promise<ApiKeyCheck> {
    if (!header?.startsWith('Basic ')) return { ok: false, error: 'Missing basic auth' };
    const [publicKey, secretKey] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    if (!publicKey || !secretKey) return { ok: false, error: 'Malformed credentials' };

    const key = await prisma.apiKey.findUnique({ where: { publicKey } });
    if (!key || !(await compare(secretKey, key.hashedSecret))) return { ok: false, error: 'Invalid API key' };

    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
    return { ok: true, scope: { projectId: key.projectId, apiKeyId: key.id } };
  }
}
