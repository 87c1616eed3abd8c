#!/usr/bin/env node
'use strict';
require('../out/server/src/cli/main.js').run(process.argv.slice(2));
