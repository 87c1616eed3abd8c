const { Sequelize, DataTypes, Model } = require('sequelize');
const config = require('../config');

const sequelize = new Sequelize(config.databaseUrl, {
  logging: false,
  define: { underscored: true },
});

const id = { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true };

const Clinic = sequelize.define('Clinic', {
  id,
  name: { type: DataTypes.STRING(120), allowNull: false },
  slug: { type: DataTypes.STRING(80), allowNull: false, unique: true },
  timezone: { type: DataTypes.STRING, defaultValue: 'Europe/London' },
  openingHours: DataTypes.JSONB,
  phone: DataTypes.STRING,
  stripeCustomerId: DataTypes.STRING,
  suspendedAt: DataTypes.DATE,
});

class User extends Model {}

User.init(
  {
    id,
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    fullName: DataTypes.STRING,
    role: { type: DataTypes.ENUM('admin', 'vet', 'reception'), allowNull: false, defaultValue: 'reception' },
    clinicId: {
      type: DataTypes.UUID,
      allowNull: false,
      references: { model: 'clinics', key: 'id' },
    },
    resetTokenHash: DataTypes.STRING,
    resetTokenExpiresAt: DataTypes.DATE,
    rememberTokenHash: DataTypes.STRING,
    failedLogins: { type: DataTypes.INTEGER, defaultValue: 0 },
    lockedUntil: DataTypes.DATE,
  },
  {
    sequelize,
    modelName: 'User',
    defaultScope: { attributes: { exclude: ['passwordHash', 'resetTokenHash', 'rememberTokenHash'] } },
    scopes: { withPassword: { attributes: { include: ['passwordHash'] } } },
  },
);

const Pet = sequelize.define('Pet', {
  id,
  name: { type: DataTypes.STRING(80), allowNull: false },
  species: { type: DataTypes.STRING(20), allowNull: false },
  breed: DataTypes.STRING(80),
  birthDate: DataTypes.DATEONLY,
  ownerName: DataTypes.STRING,
  ownerEmail: DataTypes.STRING,
  ownerPhone: DataTypes.STRING,
  photoPath: DataTypes.STRING,
  clinicId: { type: DataTypes.UUID, allowNull: false },
});

class Appointment extends Model {}

Appointment.init(
  {
    id,
    startsAt: { type: DataTypes.DATE, allowNull: false },
    endsAt: { type: DataTypes.DATE, allowNull: false },
    reason: DataTypes.STRING,
    notes: DataTypes.TEXT,
    status: {
      type: DataTypes.ENUM('booked', 'checked_in', 'completed', 'cancelled'),
      defaultValue: 'booked',
    },
    clinicId: { type: DataTypes.UUID, allowNull: false },
    petId: { type: DataTypes.UUID, allowNull: false },
    vetId: DataTypes.UUID,
  },
  { sequelize, modelName: 'Appointment' },
);

const Invoice = sequelize.define('Invoice', {
  id,
  number: { type: DataTypes.INTEGER, allowNull: false },
  amountCents: { type: DataTypes.INTEGER, allowNull: false },
  currency: { type: DataTypes.STRING(3), defaultValue: 'gbp' },
  status: { type: DataTypes.ENUM('draft', 'open', 'paid', 'void'), defaultValue: 'draft' },
  stripePaymentIntentId: DataTypes.STRING,
  issuedAt: DataTypes.DATE,
  paidAt: DataTypes.DATE,
  clinicId: { type: DataTypes.UUID, allowNull: false },
  petId: { type: DataTypes.UUID, allowNull: false },
});

const MedicalRecord = sequelize.define('MedicalRecord', {
  id,
  kind: { type: DataTypes.ENUM('note', 'vaccination', 'lab', 'surgery'), defaultValue: 'note' },
  title: { type: DataTypes.STRING, allowNull: false },
  body: DataTypes.TEXT,
  attachmentPath: DataTypes.STRING,
  attachmentSize: DataTypes.INTEGER,
  clinicId: { type: DataTypes.UUID, allowNull: false },
  petId: { type: DataTypes.UUID, allowNull: false },
  authorId: DataTypes.UUID,
});

const AuditLog = sequelize.define('AuditLog', {
  id,
  action: { type: DataTypes.STRING, allowNull: false },
  meta: DataTypes.JSONB,
  clinicId: { type: DataTypes.UUID, allowNull: false },
  userId: DataTypes.UUID,
});

Clinic.hasMany(User, { foreignKey: 'clinicId' });
User.belongsTo(Clinic, { foreignKey: 'clinicId' });
Clinic.hasMany(Pet, { foreignKey: 'clinicId' });
Pet.belongsTo(Clinic, { foreignKey: 'clinicId' });
Pet.hasMany(Appointment, { foreignKey: 'petId' });
Appointment.belongsTo(Pet, { foreignKey: 'petId' });
Appointment.belongsTo(User, { as: 'vet', foreignKey: 'vetId' });
Pet.hasMany(Invoice, { foreignKey: 'petId' });
Invoice.belongsTo(Pet, { foreignKey: 'petId' });
Pet.hasMany(MedicalRecord, { foreignKey: 'petId' });
MedicalRecord.belongsTo(Pet, { foreignKey: 'petId' });

module.exports = { sequelize, Clinic, User, Pet, Appointment, Invoice, MedicalRecord, AuditLog };
