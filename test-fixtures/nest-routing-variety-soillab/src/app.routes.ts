import type { Routes } from '@nestjs/core';
import { AdminModule } from './admin/admin.module';
import { BillingModule } from './admin/billing/billing.module';

export const adminRoutes: Routes = [
  {
    path: 'admin',
    module: AdminModule,
    children: [{ path: 'billing', module: BillingModule }],
  },
];
