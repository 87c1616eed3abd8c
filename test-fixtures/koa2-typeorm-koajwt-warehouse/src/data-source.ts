import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Tenant } from './entities/Tenant';
import { User } from './entities/User';
import { Warehouse } from './entities/Warehouse';
import { StockItem } from './entities/StockItem';
import { Order } from './entities/Order';

export const AppDataSource = new DataSource({
  type: 'postgres',
  host: process.env.PGHOST ?? 'localhost',
  port: Number(process.env.PGPORT ?? 5432),
  username: process.env.PGUSER ?? 'warehouse',
  // expect: hardcoded-secret
  password: process.env.PGPASSWORD ?? 'Wh4rehouse-2024',
  database: process.env.PGDATABASE ?? 'warehouse',
  entities: [Tenant, User, Warehouse, StockItem, Order],
  synchronize: false,
});

export const stockItems = () => AppDataSource.getRepository(StockItem);
export const orders = () => AppDataSource.getRepository(Order);
export const users = () => AppDataSource.getRepository(User);
export const warehouses = () => AppDataSource.getRepository(Warehouse);
