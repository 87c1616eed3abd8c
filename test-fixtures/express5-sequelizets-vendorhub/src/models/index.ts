import { Sequelize } from 'sequelize-typescript';
import { config } from '../config.js';
import { Organization } from './Organization.js';
import { User } from './User.js';
import { Vendor } from './Vendor.js';
import { Contract } from './Contract.js';

export const sequelize = new Sequelize(config.databaseUrl, {
  dialect: 'postgres',
  logging: false,
  models: [Organization, User, Vendor, Contract],
});

export { Organization, User, Vendor, Contract };
export { Role } from './User.js';
