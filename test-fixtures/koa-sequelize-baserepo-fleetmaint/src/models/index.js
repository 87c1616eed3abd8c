'use strict';
const { Sequelize, DataTypes, Model } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

class Vehicle extends Model {}
Vehicle.init({
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  plate: DataTypes.STRING,
  model: DataTypes.STRING,
  odometerKm: DataTypes.INTEGER,
  companyId: { type: DataTypes.UUID, allowNull: false },
}, { sequelize, modelName: 'Vehicle' });

const WorkOrder = sequelize.define('WorkOrder', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  vehicleId: DataTypes.UUID,
  summary: DataTypes.STRING,
  costCents: DataTypes.INTEGER,
  status: { type: DataTypes.STRING, defaultValue: 'open' },
  companyId: { type: DataTypes.UUID, allowNull: false },
});

const Driver = sequelize.define('Driver', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  name: DataTypes.STRING,
  licenseNumber: DataTypes.STRING,
  companyId: { type: DataTypes.UUID, allowNull: false },
});

module.exports = { sequelize, Vehicle, WorkOrder, Driver };
