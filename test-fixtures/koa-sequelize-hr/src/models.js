'use strict';

const { DataTypes, Model } = require('sequelize');
const sequelize = require('./db');

const ROLES = ['employee', 'manager', 'hr_admin', 'payroll_admin'];

const Company = sequelize.define(
  'Company',
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING(200), allowNull: false },
    payrollDay: {
      type: DataTypes.INTEGER,
      allowNull: false,
      defaultValue: 25,
      validate: { min: 1, max: 28 },
    },
    timezone: { type: DataTypes.STRING(64), allowNull: false, defaultValue: 'UTC' },
  },
  { tableName: 'companies' }
);

const User = sequelize.define(
  'User',
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    companyId: { type: DataTypes.INTEGER, allowNull: false },
    email: {
      type: DataTypes.STRING(254),
      allowNull: false,
      unique: true,
      validate: { isEmail: true },
      set(value) {
        this.setDataValue('email', String(value).trim().toLowerCase());
      },
    },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    role: {
      type: DataTypes.ENUM(...ROLES),
      allowNull: false,
      defaultValue: 'employee',
    },
    resetTokenHash: { type: DataTypes.STRING(64), allowNull: true },
    resetTokenExpiresAt: { type: DataTypes.DATE, allowNull: true },
  },
  {
    tableName: 'users',
    defaultScope: {
      attributes: { exclude: ['passwordHash', 'resetTokenHash', 'resetTokenExpiresAt'] },
    },
    scopes: {
      withSecrets: {},
    },
  }
);

class Employee extends Model {
  get fullName() {
    return `${this.firstName} ${this.lastName}`;
  }
}

Employee.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    companyId: { type: DataTypes.INTEGER, allowNull: false },
    userId: { type: DataTypes.INTEGER, allowNull: true },
    firstName: { type: DataTypes.STRING(100), allowNull: false },
    lastName: { type: DataTypes.STRING(100), allowNull: false },
    email: { type: DataTypes.STRING(254), allowNull: true, validate: { isEmail: true } },
    jobTitle: { type: DataTypes.STRING(120), allowNull: true },
    department: { type: DataTypes.STRING(120), allowNull: true },
    phone: { type: DataTypes.STRING(40), allowNull: true },
    hireDate: { type: DataTypes.DATEONLY, allowNull: false },
    salary: { type: DataTypes.DECIMAL(12, 2), allowNull: true },
  },
  { sequelize, modelName: 'Employee', tableName: 'employees' }
);

const Payslip = sequelize.define(
  'Payslip',
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    companyId: { type: DataTypes.INTEGER, allowNull: false },
    employeeId: { type: DataTypes.INTEGER, allowNull: false },
    periodStart: { type: DataTypes.DATEONLY, allowNull: false },
    periodEnd: { type: DataTypes.DATEONLY, allowNull: false },
    grossPay: { type: DataTypes.DECIMAL(12, 2), allowNull: false },
    taxWithheld: { type: DataTypes.DECIMAL(12, 2), allowNull: false },
    netPay: { type: DataTypes.DECIMAL(12, 2), allowNull: false },
    issuedAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
  },
  { tableName: 'payslips' }
);

Company.hasMany(User, { as: 'users', foreignKey: 'companyId' });
User.belongsTo(Company, { as: 'company', foreignKey: 'companyId' });

Company.hasMany(Employee, { as: 'employees', foreignKey: 'companyId' });
Employee.belongsTo(Company, { as: 'company', foreignKey: 'companyId' });

User.hasOne(Employee, { as: 'employee', foreignKey: 'userId' });
Employee.belongsTo(User, { as: 'user', foreignKey: 'userId' });

Employee.hasMany(Payslip, { as: 'payslips', foreignKey: 'employeeId', onDelete: 'CASCADE' });
Payslip.belongsTo(Employee, { as: 'employee', foreignKey: 'employeeId' });

module.exports = {
  sequelize,
  ROLES,
  Company,
  User,
  Employee,
  Payslip,
};
