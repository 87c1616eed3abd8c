const { DataTypes } = require('sequelize');
const { sequelize } = require('../lib/db');

const Account = sequelize.define('Account', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  name: { type: DataTypes.STRING, allowNull: false },
});

const User = sequelize.define('User', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  email: { type: DataTypes.STRING, allowNull: false, unique: true },
  passwordHash: { type: DataTypes.STRING, allowNull: false },
  role: { type: DataTypes.ENUM('owner', 'photographer', 'assistant'), defaultValue: 'photographer' },
  resetToken: { type: DataTypes.STRING },
  accountId: { type: DataTypes.UUID, allowNull: false },
});

const Client = sequelize.define('Client', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  name: { type: DataTypes.STRING, allowNull: false },
  email: { type: DataTypes.STRING },
  phone: { type: DataTypes.STRING },
  accountId: { type: DataTypes.UUID, allowNull: false },
});

const Shoot = sequelize.define('Shoot', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  title: { type: DataTypes.STRING, allowNull: false },
  status: { type: DataTypes.STRING, defaultValue: 'scheduled' },
  shootDate: { type: DataTypes.DATEONLY },
  priceCents: { type: DataTypes.INTEGER },
  shareToken: { type: DataTypes.STRING, unique: true },
  clientId: { type: DataTypes.UUID, allowNull: false },
  accountId: { type: DataTypes.UUID, allowNull: false },
});

const Photo = sequelize.define('Photo', {
  id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
  s3Key: { type: DataTypes.STRING, allowNull: false },
  kind: { type: DataTypes.STRING, defaultValue: 'raw' },
  shootId: { type: DataTypes.UUID, allowNull: false },
  accountId: { type: DataTypes.UUID, allowNull: false },
});

Client.hasMany(Shoot, { foreignKey: 'clientId' });
Shoot.belongsTo(Client, { foreignKey: 'clientId' });
Shoot.hasMany(Photo, { foreignKey: 'shootId' });

module.exports = { sequelize, Account, User, Client, Shoot, Photo };
