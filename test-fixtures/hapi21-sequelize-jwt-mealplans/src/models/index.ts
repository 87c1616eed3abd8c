import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../lib/db.js';

export class Practice extends Model {
  declare id: number;
  declare name: string;
  declare plan: string;
}
Practice.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING, allowNull: false },
    plan: { type: DataTypes.STRING, defaultValue: 'starter' },
  },
  { sequelize, tableName: 'practices' },
);

export class User extends Model {
  declare id: number;
  declare practiceId: number;
  declare email: string;
  declare passwordHash: string;
  declare role: 'owner' | 'dietitian' | 'assistant' | 'admin';
  declare resetToken: string | null;
}
User.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    practiceId: { type: DataTypes.INTEGER, allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    name: { type: DataTypes.STRING },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    role: { type: DataTypes.STRING, allowNull: false, defaultValue: 'dietitian' },
    resetToken: { type: DataTypes.STRING },
  },
  { sequelize, tableName: 'users' },
);

export class Client extends Model {
  declare id: number;
  declare practiceId: number;
  declare fullName: string;
  declare email: string;
  declare allergies: string[];
  declare notes: string;
}
Client.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    practiceId: { type: DataTypes.INTEGER, allowNull: false },
    fullName: { type: DataTypes.STRING, allowNull: false },
    email: { type: DataTypes.STRING },
    allergies: { type: DataTypes.ARRAY(DataTypes.STRING), defaultValue: [] },
    notes: { type: DataTypes.TEXT },
  },
  { sequelize, tableName: 'clients' },
);

export class MealPlan extends Model {
  declare id: number;
  declare practiceId: number;
  declare clientId: number;
  declare title: string;
  declare status: 'draft' | 'published' | 'archived';
  declare days: unknown;
}
MealPlan.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    practiceId: { type: DataTypes.INTEGER, allowNull: false },
    clientId: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.STRING, allowNull: false },
    status: { type: DataTypes.STRING, defaultValue: 'draft' },
    days: { type: DataTypes.JSONB, defaultValue: [] },
  },
  { sequelize, tableName: 'meal_plans' },
);

export class Recipe extends Model {
  declare id: number;
  declare practiceId: number;
  declare title: string;
  declare isPublic: boolean;
}
Recipe.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    practiceId: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.STRING, allowNull: false },
    ingredients: { type: DataTypes.JSONB, defaultValue: [] },
    kcal: { type: DataTypes.INTEGER },
    isPublic: { type: DataTypes.BOOLEAN, defaultValue: false },
  },
  { sequelize, tableName: 'recipes' },
);

export class Invoice extends Model {
  declare id: number;
  declare practiceId: number;
  declare clientId: number;
  declare amountCents: number;
  declare status: string;
}
Invoice.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    practiceId: { type: DataTypes.INTEGER, allowNull: false },
    clientId: { type: DataTypes.INTEGER, allowNull: false },
    amountCents: { type: DataTypes.INTEGER, allowNull: false },
    status: { type: DataTypes.STRING, defaultValue: 'open' },
    stripeInvoiceId: { type: DataTypes.STRING },
  },
  { sequelize, tableName: 'invoices' },
);

export class Attachment extends Model {
  declare id: number;
  declare practiceId: number;
  declare clientId: number;
  declare path: string;
}
Attachment.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    practiceId: { type: DataTypes.INTEGER, allowNull: false },
    clientId: { type: DataTypes.INTEGER, allowNull: false },
    path: { type: DataTypes.STRING, allowNull: false },
    contentType: { type: DataTypes.STRING },
  },
  { sequelize, tableName: 'attachments' },
);

Client.hasMany(MealPlan, { foreignKey: 'clientId' });
MealPlan.belongsTo(Client, { foreignKey: 'clientId' });
