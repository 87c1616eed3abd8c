const express = require('express');
const boards = require('../controllers/BoardController');
const tasks = require('../controllers/taskController');
const validate = require('../middleware/validate');
const { createBoard, createTask } = require('../validators/board');

const router = express.Router();
const taskRouter = express.Router({ mergeParams: true });

router.get('/', boards.list);
// ok: missing-input-validation
router.post('/', validate(createBoard), boards.create);
router.get('/:boardId', boards.show);
router.delete('/:boardId', boards.remove);
router.use('/:boardId/tasks', taskRouter);

taskRouter.get('/', tasks.listTasks);
taskRouter.post('/', validate(createTask), tasks.createTask);
// ok: missing-input-validation
taskRouter.patch('/:taskId/toggle', tasks.toggleTask);
// expect: missing-input-validation
taskRouter.put('/:taskId', tasks.updateTask);

module.exports = router;
