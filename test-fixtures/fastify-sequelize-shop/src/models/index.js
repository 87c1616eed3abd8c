const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);

const Store = sequelize.define('Store', { name: DataTypes.STRING });
const User = sequelize.define('User', { email: DataTypes.STRING, password: DataTypes.STRING, role: DataTypes.STRING, storeId: DataTypes.INTEGER });
const Order = sequelize.define('Order', { total: DataTypes.INTEGER, status: DataTypes.STRING, storeId: { type: DataTypes.INTEGER, allowNull: false }, customerEmail: DataTypes.STRING });

module.exports = { sequelize, Store, User, Order };
