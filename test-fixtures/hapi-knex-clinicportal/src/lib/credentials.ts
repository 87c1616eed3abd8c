import type { Request } from '@hapi/hapi';

export interface ClinicCredentials {
  userId: string;
  clinicId: string;
  scope: string[];
}

export function staffOf(request: Request): ClinicCredentials {
  return request.auth.credentials as unknown as ClinicCredentials;
}
