'use strict';
const app = require('./app');
const { sequelize } = require('./models');

sequelize.authenticate().then(() => app.listen(Number(process.env.PORT || 3000)));
