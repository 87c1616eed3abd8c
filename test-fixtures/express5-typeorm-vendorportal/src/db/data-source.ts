import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { config } from '../config.js';
import { Organization } from './entities/Organization.js';
import { User } from './entities/User.js';
import { Vendor } from './entities/Vendor.js';
import { PurchaseOrder } from './entities/PurchaseOrder.js';
import { VendorDocument } from './entities/VendorDocument.js';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: config.databaseUrl,
  entities: [Organization, User, Vendor, PurchaseOrder, VendorDocument],
  migrations: ['dist/db/migrations/*.js'],
  synchronize: false,
  logging: ['error'],
});

export const orgs = () => AppDataSource.getRepository(Organization);
export const users = () => AppDataSource.getRepository(User);
export const vendors = () => AppDataSource.getRepository(Vendor);
export const purchaseOrders = () => AppDataSource.getRepository(PurchaseOrder);
export const documents = () => AppDataSource.getRepository(VendorDocument);
