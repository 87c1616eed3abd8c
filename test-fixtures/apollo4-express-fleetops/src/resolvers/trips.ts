import { z } from 'zod';
import { GraphQLError } from 'graphql';
import type { Trip } from '@prisma/client';
import type { Context } from '../context';
import { authed, requireViewer, assertSameOrg } from '../auth/guards';

const StartTrip = z.object({ vehicleId: z.string().cuid(), notes: z.string().max(500).optional() });

function toCsv(rows: Trip[]): string {
  const lines = rows.map((t) => [t.id, t.vehicleId, t.driverId, t.startedAt.toISOString(), t.distanceKm ?? ''].join(','));
  return ['id,vehicle,driver,started,km', ...lines].join('\n');
}

export const tripResolvers = {
  Query: {
    // ok: missing-auth
    trips: authed(async (_parent, args: { from?: Date; to?: Date }, ctx) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.trip.findMany({
        where: { orgId: ctx.viewer.orgId, startedAt: { gte: args.from, lte: args.to } },
        orderBy: { startedAt: 'desc' },
      });
    }),

    // ok: missing-auth
    trip: authed(async (_parent, { id }: { id: string }, ctx) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.trip.findFirst({ where: { id, orgId: ctx.viewer.orgId } });
    }),

    // ok: missing-auth
    // expect: missing-rate-limit
    exportTripsCsv: authed(async (_parent, args: { from: Date; to: Date }, ctx) => {
      // ok: unscoped-tenant-query
      const rows = await ctx.prisma.trip.findMany({
        where: { orgId: ctx.viewer.orgId, startedAt: { gte: args.from, lte: args.to } },
      });
      return toCsv(rows);
    }),
  },

  Mutation: {
    // ok: missing-auth, missing-input-validation
    startTrip: async (_parent: unknown, { input }: { input: unknown }, ctx: Context) => {
      const viewer = requireViewer(ctx);
      const data = StartTrip.parse(input);
      // ok: unscoped-tenant-query
      const vehicle = await ctx.prisma.vehicle.findUnique({ where: { id: data.vehicleId } });
      assertSameOrg(viewer, vehicle);
      return ctx.prisma.trip.create({
        data: { vehicleId: data.vehicleId, notes: data.notes, driverId: viewer.id, orgId: viewer.orgId },
      });
    },

    // ok: missing-auth
    endTrip: async (_parent: unknown, { id, distanceKm }: { id: string; distanceKm: number }, ctx: Context) => {
      const viewer = requireViewer(ctx);
      // ok: unscoped-tenant-query
      const trip = await ctx.prisma.trip.findUnique({ where: { id } });
      if (!trip || trip.driverId !== viewer.id) {
        throw new GraphQLError('Trip not found', { extensions: { code: 'NOT_FOUND' } });
      }
      if (distanceKm < 0 || distanceKm > 5000) {
        throw new GraphQLError('Implausible distance', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return ctx.prisma.trip.update({ where: { id }, data: { endedAt: new Date(), distanceKm } });
    },

    // ok: missing-auth
    deleteTrip: authed(async (_parent, { id }: { id: string }, ctx) => {
      // expect: unscoped-tenant-query
      await ctx.prisma.trip.delete({ where: { id } });
      return true;
    }),
  },

  Trip: {
    vehicle: (trip: Trip, _args: unknown, ctx: Context) => ctx.loaders.vehicleById.load(trip.vehicleId),
    driver: (trip: Trip, _args: unknown, ctx: Context) => ctx.loaders.driverById.load(trip.driverId),
  },
};
