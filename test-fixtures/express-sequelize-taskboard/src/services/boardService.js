const { Board, Task } = require('../models');

// expect: unscoped-tenant-query
exports.findBoard = (id) => Board.findByPk(id);
// ok: unscoped-tenant-query
exports.findBoardForTeam = (id, teamId) => Board.findOne({ where: { id, teamId } });
exports.listTasks = (boardId) => Task.findAll({ where: { boardId } });
// expect: unscoped-tenant-query
exports.removeBoard = (id) => Board.destroy({ where: { id } });
