const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Member = sequelize.define('Member', {
  displayName: DataTypes.STRING,
  bio: DataTypes.TEXT,
  role: { type: DataTypes.STRING, defaultValue: 'member' },
  isAdmin: { type: DataTypes.BOOLEAN, defaultValue: false },
});

const Event = sequelize.define('Event', {
  title: DataTypes.STRING,
  startsAt: DataTypes.DATE,
  venue: DataTypes.STRING,
});

module.exports = { sequelize, Member, Event };
