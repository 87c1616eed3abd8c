import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'portal:isPublic';

/** Skips the global JwtAuthGuard for a handler or a whole controller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
