import { SetMetadata } from '@nestjs/common';

export const KIOSK_ROUTE = 'kioskRoute';

/** Marks a handler the front-desk tablets call with their device key. */
export const KioskRoute = () => SetMetadata(KIOSK_ROUTE, true);
