import bcrypt from 'bcryptjs';
import type { IncomingHttpHeaders } from 'node:http';
import { PartnerType } from '@prisma/client';
import { prisma } from './prisma';

export interface PartnerClient {
  id: string;
  accountId: string;
  canWrite: boolean;
  type: PartnerType;
}

/**
 * Partners call the API with a key id and a key secret in headers.
 * Throws when either is missing or wrong; the caller turns that into a 401.
 */
export async function resolvePartner(headers: IncomingHttpHeaders): Promise<PartnerClient> {
  const keyId = headers['x-parcelpath-key-id'];
  const keySecret = headers['x-parcelpath-key-secret'];
  if (typeof keyId !== 'string' || typeof keySecret !== 'string') {
    throw new Error('missing partner credentials');
  }
  const partner = await prisma.partner.findUnique({ where: { keyId } });
  if (!partner) {
    throw new Error('unknown partner key');
  }
  const matches = await bcrypt.compare(keySecret, partner.secretHash);
  if (!matches) {
    throw new Error('partner key does not match');
  }
  return { id: partner.id, accountId: partner.accountId, canWrite: partner.canWrite, type: partner.type };
}

/** Only an account's root key may create or revoke the account's other keys. */
export async function resolveRootPartner(headers: IncomingHttpHeaders): Promise<PartnerClient> {
  const partner = await resolvePartner(headers);
  if (partner.type !== PartnerType.root) {
    throw new Error('only a root key may manage partner keys');
  }
  return partner;
}
