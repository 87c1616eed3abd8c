import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('book/:clinicSlug', 'routes/book.tsx'),
  route('login', 'routes/login.tsx'),
  route('logout', 'routes/logout.ts'),
  route('healthz', 'routes/healthz.ts'),

  layout('routes/portal-layout.tsx', [
    ...prefix('portal', [
      index('routes/dashboard.tsx'),
      route('patients', 'routes/patients.tsx'),
      route('patients/:patientId', 'routes/patient.tsx'),
      route('patients/:patientId/notes/:noteId', 'routes/note.tsx'),
      route('appointments', 'routes/appointments.tsx'),
      route('invoices', 'routes/invoices.tsx'),
      route('invoices/:invoiceId', 'routes/invoice.tsx'),
    ]),
  ]),

  route('admin', 'routes/admin/layout.tsx', [
    route('staff', 'routes/admin/staff.tsx'),
    route('clinic', 'routes/admin/clinic.tsx'),
  ]),

  ...prefix('api', [
    route('export', 'routes/api/export.ts'),
    route('patients/:patientId/appointments', 'routes/api/patient-appointments.ts'),
    route('notes/:noteId/print', 'routes/api/note-print.ts'),
  ]),
] satisfies RouteConfig;
