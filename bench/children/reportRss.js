/**
 * Preloaded (`node -r`) into every benchmarked child: at exit, writes the process's peak RSS
 * (process.resourceUsage().maxRSS, kilobytes) to the file named by RG_BENCH_RSS_FILE. Works where
 * /usr/bin/time is missing, and measures the same thing for every tool.
 */
'use strict';
const fs = require('fs');
const out = process.env.RG_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
    } catch {
      /* the parent reports the figure as missing */
    }
  });
}
