const { Sequelize, DataTypes, Model } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);

const Store = sequelize.define('Store', {
  name: DataTypes.STRING,
});

const Order = sequelize.define('Order', {
  storeId: { type: DataTypes.INTEGER, allowNull: false },
  customerEmail: DataTypes.STRING,
  totalCents: DataTypes.INTEGER,
  status: DataTypes.STRING,
});

class Product extends Model {}
Product.init(
  {
    storeId: { type: DataTypes.INTEGER, allowNull: false },
    title: DataTypes.STRING,
    priceCents: DataTypes.INTEGER,
  },
  { sequelize, modelName: 'Product' },
);

const StaffUser = sequelize.define('StaffUser', {
  email: DataTypes.STRING,
  storeId: DataTypes.INTEGER,
  role: DataTypes.STRING,
});

module.exports = { sequelize, Store, Order, Product, StaffUser };
