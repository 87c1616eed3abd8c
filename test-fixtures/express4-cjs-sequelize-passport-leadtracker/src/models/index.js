const { Sequelize, DataTypes, Model } = require('sequelize');
const config = require('../config');

const sequelize = new Sequelize(config.databaseUrl, { logging: false });

const Organization = sequelize.define('Organization', {
  name: { type: DataTypes.STRING, allowNull: false },
  plan: { type: DataTypes.STRING, defaultValue: 'starter' },
});

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, allowNull: false, unique: true },
  name: DataTypes.STRING,
  passwordHash: DataTypes.STRING,
  role: { type: DataTypes.ENUM('owner', 'admin', 'rep'), defaultValue: 'rep' },
  orgId: { type: DataTypes.INTEGER, allowNull: false },
});

class Lead extends Model {}
Lead.init(
  {
    company: DataTypes.STRING,
    contactName: DataTypes.STRING,
    email: DataTypes.STRING,
    status: { type: DataTypes.STRING, defaultValue: 'new' },
    score: DataTypes.INTEGER,
    orgId: { type: DataTypes.INTEGER, allowNull: false },
    ownerId: DataTypes.INTEGER,
  },
  { sequelize, modelName: 'Lead' }
);

class Deal extends Model {}
Deal.init(
  {
    title: DataTypes.STRING,
    stage: { type: DataTypes.STRING, defaultValue: 'qualification' },
    amountCents: DataTypes.INTEGER,
    orgId: { type: DataTypes.INTEGER, allowNull: false },
    leadId: DataTypes.INTEGER,
  },
  { sequelize, modelName: 'Deal' }
);

const Activity = sequelize.define('Activity', {
  kind: DataTypes.STRING,
  summary: DataTypes.TEXT,
  orgId: { type: DataTypes.INTEGER, allowNull: false },
  leadId: DataTypes.INTEGER,
  userId: DataTypes.INTEGER,
});

const Attachment = sequelize.define('Attachment', {
  fileName: DataTypes.STRING,
  mimeType: DataTypes.STRING,
  sizeBytes: DataTypes.INTEGER,
  storageKey: DataTypes.STRING,
  orgId: { type: DataTypes.INTEGER, allowNull: false },
  leadId: DataTypes.INTEGER,
});

Organization.hasMany(User, { foreignKey: 'orgId' });
User.belongsTo(Organization, { foreignKey: 'orgId' });
Organization.hasMany(Lead, { foreignKey: 'orgId' });
Lead.hasMany(Deal, { foreignKey: 'leadId' });
Deal.belongsTo(Lead, { foreignKey: 'leadId' });
Lead.hasMany(Activity, { foreignKey: 'leadId' });
Lead.hasMany(Attachment, { foreignKey: 'leadId' });
User.hasMany(Lead, { foreignKey: 'ownerId', as: 'ownedLeads' });

module.exports = { sequelize, Organization, User, Lead, Deal, Activity, Attachment };
