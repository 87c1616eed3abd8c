const asyncHandler = require('express-async-handler');
const boardService = require('../services/boardService');
const { Board, Task } = require('../models');

class BoardController {
  list = asyncHandler(async (req, res) => {
    // ok: unscoped-tenant-query
    res.json(await Board.findAll({ where: { teamId: req.user.teamId } }));
  });

  show = asyncHandler(async (req, res) => {
    const board = await boardService.findBoard(req.params.boardId);
    if (!board) return res.sendStatus(404);
    res.json(board);
  });

  create = asyncHandler(async (req, res) => {
    const board = await Board.create({ title: req.body.title, teamId: req.user.teamId });
    res.status(201).json(board);
  });

  remove = asyncHandler(async (req, res) => {
    await boardService.removeBoard(req.params.boardId);
    res.sendStatus(204);
  });
}

module.exports = new BoardController();
