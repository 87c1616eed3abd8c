import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Tenant } from './entity/Tenant';
import { User } from './entity/User';
import { Warehouse } from './entity/Warehouse';
import { Product } from './entity/Product';
import { StockMovement } from './entity/StockMovement';

export const AppDataSource = new DataSource({
  type: 'postgres',
  host: process.env.PGHOST ?? 'db.stockroom.internal',
  username: 'stockroom',
  // expect: hardcoded-secret
  password: 'St0ckr00m!Pg-2024',
  database: 'stockroom',
  entities: [Tenant, User, Warehouse, Product, StockMovement],
  synchronize: false,
});

// a read replica for reports, credentials from the environment
export const ReportsDataSource = new DataSource({
  type: 'postgres',
  // a local development default
  // ok: hardcoded-secret
  url: process.env.REPORTS_DATABASE_URL ?? 'postgres://stockroom:stockroom@localhost:5432/stockroom_reports',
  entities: [Product, StockMovement],
});
