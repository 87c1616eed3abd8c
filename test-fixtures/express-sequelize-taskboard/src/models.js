const { Sequelize, DataTypes, Model } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);

class Board extends Model {}
Board.init({ title: DataTypes.STRING, teamId: { type: DataTypes.INTEGER, allowNull: false } }, { sequelize, modelName: 'board' });

class Task extends Model {}
Task.init({ title: DataTypes.STRING, done: DataTypes.BOOLEAN, boardId: DataTypes.INTEGER, teamId: DataTypes.INTEGER }, { sequelize, modelName: 'task' });

class Member extends Model {}
Member.init({ email: DataTypes.STRING, passwordHash: DataTypes.STRING, role: DataTypes.STRING, teamId: DataTypes.INTEGER }, { sequelize, modelName: 'member' });

module.exports = { sequelize, Board, Task, Member };
