import type { Request, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { db } from '../db';
import type { ClinicCredentials } from '../lib/credentials';

async function listForDirectory(request: Request) {
  // mode 'try' lets anonymous callers in; the handler has to decide
  if (!request.auth.isAuthenticated) {
    throw Boom.unauthorized('Sign in to see the schedule');
  }
  const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
  return db('appointments').where({ clinic_id: clinicId, doctor_id: request.params.doctorId }).orderBy('starts_at');
}

async function cancel(request: Request, h: ResponseToolkit) {
  const staff = request.auth.credentials as unknown as ClinicCredentials;
  // ok: unscoped-tenant-query
  const appointment = await db('appointments').where({ id: request.params.id, clinic_id: staff.clinicId }).first();
  if (!appointment) {
    throw Boom.notFound();
  }
  await db('appointments').where({ id: appointment.id }).update({ status: 'cancelled' });
  return h.response().code(204);
}

export const appointmentRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/api/doctors/{doctorId}/schedule',
    options: { auth: { mode: 'try' } },
    handler: listForDirectory,
  },
  // Meant for the public booking page, but it returns every booked patient of a doctor.
  // expect: missing-auth
  {
    method: 'GET',
    path: '/api/doctors/{doctorId}/appointments',
    options: { auth: { strategy: 'clinic_jwt', mode: 'optional' } },
    handler: async (request) => {
      return db('appointments')
        .join('patients', 'patients.id', 'appointments.patient_id')
        .where({ 'appointments.doctor_id': request.params.doctorId })
        .select('appointments.starts_at', 'patients.first_name', 'patients.last_name');
    },
  },
  {
    method: 'POST',
    path: '/api/appointments',
    options: {
      validate: {
        payload: Joi.object({
          patient_id: Joi.string().uuid().required(),
          doctor_id: Joi.string().uuid().required(),
          starts_at: Joi.date().iso().required(),
          duration_min: Joi.number().integer().min(5).max(240),
        }),
      },
    },
    handler: async (request, h) => {
      const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
      const input = request.payload as { patient_id: string; doctor_id: string; starts_at: string; duration_min?: number };
      const [created] = await db('appointments').insert({ ...input, clinic_id: clinicId }).returning('*');
      return h.response(created).code(201);
    },
  },
  {
    method: 'POST',
    path: '/api/appointments/{id}/cancel',
    handler: cancel,
  },
];
