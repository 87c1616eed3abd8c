import { z } from 'zod';
import type { Context } from '../context';
import { authed, managersOnly, requireViewer, assertSameOrg } from '../auth/guards';

const VehicleInput = z.object({
  plate: z.string().min(2).max(12),
  make: z.string().min(1).max(40),
  model: z.string().min(1).max(40),
  odometerKm: z.number().int().nonnegative().optional(),
});

export const vehicleResolvers = {
  Query: {
    // ok: missing-auth
    vehicles: authed(async (_parent, args: { status?: string }, ctx) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.vehicle.findMany({
        where: { orgId: ctx.viewer.orgId, ...(args.status ? { status: args.status } : {}) },
        orderBy: { plate: 'asc' },
      });
    }),

    // ok: missing-auth
    vehicle: async (_parent: unknown, { id }: { id: string }, ctx: Context) => {
      const viewer = requireViewer(ctx);
      // ok: unscoped-tenant-query
      const vehicle = await ctx.prisma.vehicle.findUnique({ where: { id } });
      if (!vehicle || vehicle.orgId !== viewer.orgId) return null;
      return vehicle;
    },

    // ok: missing-auth
    vehicleTrips: authed(async (_parent, { vehicleId }: { vehicleId: string }, ctx) => {
      // expect: unscoped-tenant-query
      return ctx.prisma.trip.findMany({ where: { vehicleId }, orderBy: { startedAt: 'desc' }, take: 100 });
    }),

    // expect: missing-auth
    fleetStats: async (_parent: unknown, args: { orgId?: string }, ctx: Context) => {
      const [vehicles, trips] = await Promise.all([
        ctx.prisma.vehicle.groupBy({ by: ['status'], where: { orgId: args.orgId }, _count: true }),
        ctx.prisma.trip.aggregate({ where: { orgId: args.orgId }, _sum: { distanceKm: true } }),
      ]);
      return { vehicles, totalKm: trips._sum.distanceKm ?? 0 };
    },
  },

  Mutation: {
    // ok: missing-auth, missing-input-validation
    createVehicle: managersOnly(async (_parent, { input }: { input: unknown }, ctx) => {
      const data = VehicleInput.parse(input);
      return ctx.prisma.vehicle.create({ data: { ...data, orgId: ctx.viewer.orgId } });
    }),

    // ok: missing-auth
    // expect: missing-input-validation
    updateVehicleSettings: managersOnly(async (_parent, { id, settings }: { id: string; settings: Record<string, unknown> }, ctx) => {
      // ok: unscoped-tenant-query
      const vehicle = await ctx.prisma.vehicle.findFirst({ where: { id, orgId: ctx.viewer.orgId } });
      assertSameOrg(ctx.viewer, vehicle);
      return ctx.prisma.vehicle.update({ where: { id }, data: { settings: settings as object } });
    }),

    // expect: missing-auth
    retireVehicle: async (_parent: unknown, { id }: { id: string }, ctx: Context) => {
      return ctx.prisma.vehicle.update({ where: { id }, data: { status: 'RETIRED' } });
    },
  },

  Vehicle: {
    settings: (vehicle: { settings: unknown }) => vehicle.settings ?? {},
  },
};
