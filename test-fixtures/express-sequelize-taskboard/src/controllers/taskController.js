const boardService = require('../services/boardService');
const { Task } = require('../models');

async function listTasks(req, res) {
  const board = await boardService.findBoardForTeam(req.params.boardId, req.user.teamId);
  if (!board) return res.sendStatus(404);
  res.json(await boardService.listTasks(board.id));
}

async function createTask(req, res) {
  const task = await Task.create({ ...req.body, boardId: req.params.boardId, teamId: req.user.teamId });
  res.status(201).json(task);
}

async function toggleTask(req, res) {
  // expect: unscoped-tenant-query
  const task = await Task.findOne({ where: { id: req.params.taskId } });
  task.done = !task.done;
  await task.save();
  res.json(task);
}

async function updateTask(req, res) {
  // ok: unscoped-tenant-query
  const task = await Task.findOne({ where: { id: req.params.taskId, teamId: req.user.teamId } });
  if (!task) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  await task.update(req.body);
  res.json(task);
}

module.exports = { listTasks, createTask, toggleTask, updateTask };
